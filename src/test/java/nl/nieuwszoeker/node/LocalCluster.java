package nl.nieuwszoeker.node;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Several Elasticsearch nodes from the one cached distribution, each a separate process on loopback with its
 * own HTTP and transport port, found through a seed list, each with the project's analysis plugin (installed by
 * the same layout step the embedded node uses). Closing it stops every node it started, killed or not.
 */
public final class LocalCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    /** One member: its launcher process (the server JVM is a child of it) and its ports. */
    public record Member(String name, Process process, int httpPort, int transportPort, Path log) {
        public URI url() {
            return URI.create("http://127.0.0.1:" + httpPort);
        }
    }

    private final List<Member> members;
    private final Thread hook = new Thread(this::stopAll, "local-cluster-stop");

    private LocalCluster(List<Member> members) {
        this.members = members;
        java.lang.Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts {@code size} master-eligible data nodes with {@code heap} each and waits for all to form a cluster. */
    public static LocalCluster start(Distribution distribution, Path root, int size, String heap) throws IOException {
        Path dist = distribution.ensure();
        RunAs runAs = RunAs.forCurrentUser();
        List<String> names = new ArrayList<>();
        List<Integer> http = new ArrayList<>();
        List<Integer> transport = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            names.add("node-" + i);
            http.add(EmbeddedNode.choosePort(null));
            transport.add(EmbeddedNode.choosePort(null));
        }
        String seeds = transport.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        List<Member> started = new ArrayList<>();
        LocalCluster cluster = new LocalCluster(started);
        try {
            for (int i = 0; i < size; i++) {
                Path state = root.resolve(names.get(i));
                StaleNode.stopIfRunning(state);
                TestNodes.wipe(state);
                NodeLayout layout = NodeLayout.prepare(dist, state, runAs, PluginZips.forEmbeddedNode());
                List<String> command = new ArrayList<>(runAs.prefix());
                command.addAll(List.of(layout.home().resolve("bin/elasticsearch").toString(),
                        "-E", "cluster.name=nieuwszoeker-cluster-test",
                        "-E", "node.name=" + names.get(i),
                        "-E", "network.host=127.0.0.1",
                        "-E", "http.port=" + http.get(i),
                        "-E", "transport.port=" + transport.get(i),
                        "-E", "discovery.seed_hosts=" + seeds,
                        "-E", "cluster.initial_master_nodes=" + String.join(",", names),
                        "-E", "path.data=" + layout.data(),
                        "-E", "path.logs=" + layout.logs(),
                        "-E", "xpack.security.enabled=false",
                        "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
                var builder = new ProcessBuilder(command).directory(layout.home().toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.consoleLog().toFile()));
                var env = builder.environment();
                env.put("ES_JAVA_HOME", System.getProperty("java.home"));
                // Three JVMs start at once on a shared two-core machine: the C1 compiler alone halves their start-up CPU.
                env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap + " -XX:TieredStopAtLevel=1");
                env.put("ES_PATH_CONF", layout.home().resolve("config").toString());
                env.put("ES_TMPDIR", layout.tmp().toString());
                env.remove("JAVA_TOOL_OPTIONS");
                Process process = builder.start();
                StaleNode.remember(state, process.pid());
                started.add(new Member(names.get(i), process, http.get(i), transport.get(i), layout.consoleLog()));
            }
            cluster.awaitNodes(size, "green");
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public List<Member> members() {
        return members;
    }

    /** ES_URLS as a user would write it for this cluster. */
    public String esUrls() {
        return members.stream().map(m -> m.url().toString()).collect(Collectors.joining(","));
    }

    /** Waits until the surviving nodes report {@code nodes} members and at least {@code status}. */
    public void awaitNodes(int nodes, String status) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            for (Member m : members) {
                if (!m.process().isAlive()) {
                    continue;
                }
                try {
                    var response = http.send(HttpRequest.newBuilder(m.url().resolve("/_cluster/health?wait_for_nodes="
                            + nodes + "&wait_for_status=" + status + "&timeout=2s")).timeout(Duration.ofSeconds(5))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    last = m.name() + ": " + response.statusCode() + " " + response.body();
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    last = m.name() + ": " + notYet;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            for (Member m : members) {
                if (!m.process().isAlive() && m.process().exitValue() != 137 && m.process().exitValue() != 9) {
                    throw new IllegalStateException(m.name() + " exited with " + m.process().exitValue() + ":\n"
                            + EmbeddedNode.tail(m.log(), 40));
                }
            }
            sleepQuietly(500);
        }
        throw new IllegalStateException("cluster not " + status + " with " + nodes + " nodes within "
                + START_TIMEOUT.toSeconds() + " s; last answer " + last + "\n"
                + members.stream().map(m -> m.name() + ":\n" + EmbeddedNode.tail(m.log(), 15))
                        .collect(Collectors.joining("\n")));
    }

    /** SIGKILL to the member's server JVM and its launcher, as a crash or an OOM killer would do it. */
    public void kill(Member m) {
        List<ProcessHandle> all = new ArrayList<>(m.process().descendants().toList());
        all.add(m.process().toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("node " + m.name() + " (pid " + p.pid() + ") survived SIGKILL", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            java.lang.Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook itself is running
        }
        stopAll();
    }

    private synchronized void stopAll() {
        List<ProcessHandle> all = new ArrayList<>();
        for (Member m : members) {
            all.addAll(m.process().descendants().toList());
            all.add(m.process().toHandle());
        }
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
