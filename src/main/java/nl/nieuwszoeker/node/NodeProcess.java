package nl.nieuwszoeker.node;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a recorded pid is still the node of one data folder. Pids are reused, after a reboot within minutes: a
 * pid file may then name another program, or another folder's Elasticsearch, and neither may be stopped or used.
 */
final class NodeProcess {

    private NodeProcess() {}

    static Optional<ProcessHandle> of(long pid, Path state) {
        Path home = NodeLayout.homeOf(state.toAbsolutePath().normalize());
        // Before the launcher script execs Java, the process shows the script; afterwards, the home it settled on.
        String script = home.resolve("bin").resolve("elasticsearch").toString();
        String homeProperty = "-Des.path.home=" + home;
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> runs(p, script, homeProperty) || p.descendants().anyMatch(c -> runs(c, script, homeProperty)));
    }

    private static boolean runs(ProcessHandle p, String script, String homeProperty) {
        return Arrays.stream(p.info().arguments().orElse(new String[0]))
                .anyMatch(a -> a.equals(script) || a.equals(homeProperty));
    }
}
