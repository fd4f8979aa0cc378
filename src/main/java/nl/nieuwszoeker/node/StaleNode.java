package nl.nieuwszoeker.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.nieuwszoeker.es.ProvisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pid file beside the data. When a previous run was killed without stopping its node, that node still
 * holds the data folder's lock; it is stopped cleanly before a new one starts, so no data is lost.
 */
final class StaleNode {

    private static final Logger LOG = LoggerFactory.getLogger(StaleNode.class);

    private StaleNode() {}

    static void stopIfRunning(Path state) {
        Path pidFile = state.resolve("node.pid");
        Optional<ProcessHandle> old = read(pidFile).flatMap(pid -> NodeProcess.of(pid, state));
        if (old.isPresent()) {
            ProcessHandle handle = old.get();
            LOG.warn("An Elasticsearch node left by an earlier run (pid {}) still uses {}; stopping it first",
                    handle.pid(), state);
            var children = handle.descendants().toList();
            handle.destroy();
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
                for (ProcessHandle child : children) {
                    child.onExit().get(30, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                throw new ProvisionException("an Elasticsearch node from an earlier run (pid " + handle.pid()
                        + ") holds " + state + " and did not stop; stop it with `kill " + handle.pid() + "` and retry");
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a new pid file overwrites it anyway
        }
    }

    static void remember(Path state, long pid) {
        try {
            Files.writeString(state.resolve("node.pid"), Long.toString(pid));
        } catch (IOException e) {
            LOG.warn("cannot write {}: {}", state.resolve("node.pid"), e.getMessage());
        }
    }

    static void forget(Path state, long pid) {
        Path pidFile = state.resolve("node.pid");
        if (read(pidFile).filter(p -> p == pid).isPresent()) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // harmless: the next start checks whether the pid is still this folder's node
            }
        }
    }

    private static Optional<Long> read(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
