package nl.nieuwszoeker.node;

import co.elastic.clients.transport.TransportUtils;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.es.ElasticsearchProvider;
import nl.nieuwszoeker.es.EsClients;
import nl.nieuwszoeker.es.ProvisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: the minimal distribution started as a child process on 127.0.0.1, with this
 * project's analysis plugins installed and its data in a folder that outlives the process.
 */
public final class EmbeddedNode implements ElasticsearchProvider {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNode.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path state;
    private final Path consoleLog;
    private final Process process;
    private final EsSettings connection;

    private final Thread shutdownHook = new Thread(this::stopProcess, "embedded-elasticsearch-stop");

    private EmbeddedNode(Path state, Path consoleLog, Process process, EsSettings connection) {
        this.state = state;
        this.consoleLog = consoleLog;
        this.process = process;
        this.connection = connection;
    }

    /** Starts a node and waits until it answers; a failure names the cause and shows the node's log. */
    public static EmbeddedNode start(Distribution distribution, Path state, EsSettings base) {
        return start(distribution, state, base, PluginZips.forEmbeddedNode());
    }

    /** As {@link #start(Distribution, Path, EsSettings)}, with the given plugins installed. */
    public static EmbeddedNode start(Distribution distribution, Path state, EsSettings base, PluginZips plugins) {
        return start(distribution, state, base, plugins, NodeSecurity.OFF);
    }

    static EmbeddedNode start(Distribution distribution, Path state, EsSettings base, PluginZips plugins,
            NodeSecurity security) {
        StaleNode.stopIfRunning(state);
        Path dist = distribution.ensure();
        RunAs runAs = RunAs.forCurrentUser();
        NodeLayout layout = NodeLayout.prepare(dist, state, runAs, plugins);
        security.prepare(layout, runAs);
        int port = choosePort(base.embeddedPort());
        int transportPort = choosePort(null);

        List<String> command = new ArrayList<>(runAs.prefix());
        command.addAll(List.of(layout.home().resolve("bin/elasticsearch").toString(),
                "-E", "cluster.name=nieuwszoeker",
                "-E", "node.name=embedded",
                "-E", "discovery.type=single-node",
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + port,
                "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + layout.data(),
                "-E", "path.logs=" + layout.logs(),
                // A laptop disk near full must not turn the index read-only under the user.
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
        command.addAll(security.settings());
        var builder = new ProcessBuilder(command)
                .directory(layout.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.consoleLog().toFile()));
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_JAVA_OPTS", "-Xms" + base.embeddedHeap() + " -Xmx" + base.embeddedHeap());
        env.put("ES_PATH_CONF", layout.home().resolve("config").toString());
        env.put("ES_TMPDIR", layout.tmp().toString());
        env.remove("JAVA_TOOL_OPTIONS");

        LOG.info("Starting embedded Elasticsearch {} on 127.0.0.1:{} (data in {}){}", dist.getFileName(), port,
                layout.data(), runAs.description());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ProvisionException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        StaleNode.remember(state, process.pid());
        var plain = new EsSettings(List.of(URI.create("http://127.0.0.1:" + port)), null, null, null, null, null,
                base.requestTimeout(), base.retries(), base.embeddedHeap(), port);
        var connection = security.connection(plain, layout);
        var node = new EmbeddedNode(state, layout.consoleLog(), process, connection);
        // Registered before the wait, so Ctrl-C during start-up or indexing never leaves an orphaned node.
        java.lang.Runtime.getRuntime().addShutdownHook(node.shutdownHook);
        try {
            node.awaitHealthy();
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
        return node;
    }

    private void awaitHealthy() {
        HttpClient.Builder httpBuilder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
        if (connection.caCertificate() != null) {
            try {
                httpBuilder.sslContext(TransportUtils.sslContextFromHttpCaCrt(connection.caCertificate().toFile()));
            } catch (IOException e) {
                throw new ProvisionException("cannot read the node's CA certificate " + connection.caCertificate(), e);
            }
        }
        HttpClient http = httpBuilder.build();
        // Yellow, not just "listening": after a restart the existing shards must be back before anyone searches.
        URI health = connection.urls().get(0).resolve("/_cluster/health?wait_for_status=yellow&timeout=1s");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Instant started = Instant.now();
        Instant firstRefusal = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ProvisionException("Elasticsearch exited with status " + process.exitValue()
                        + " while starting. " + logTail(40));
            }
            try {
                var request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2));
                var auth = EsClients.authHeader(connection);
                if (auth != null) {
                    request.header(auth.getName(), auth.getValue());
                }
                var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                // Right after start the .security index may still be allocating, and every login is refused
                // until it is; only a refusal that lasts means a wrong password.
                if (response.statusCode() == 401 && firstRefusal == null) {
                    firstRefusal = Instant.now();
                }
                if (response.statusCode() == 401 && Instant.now().isAfter(firstRefusal.plusSeconds(30))) {
                    throw new ProvisionException("the embedded node refused the elastic user's bootstrap password."
                            + " " + logTail(40));
                }
                if (response.statusCode() == 200) {
                    LOG.info("Embedded Elasticsearch ready after {} ms", Duration.between(started, Instant.now()).toMillis());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProvisionException("interrupted while waiting for Elasticsearch");
            }
            sleep(250);
        }
        throw new ProvisionException("Elasticsearch did not answer within " + START_TIMEOUT.toSeconds()
                + " s. " + logTail(40));
    }

    @Override
    public EsSettings connection() {
        return connection;
    }

    @Override
    public boolean usesAnalysisPlugin() {
        return true;
    }

    @Override
    public String description() {
        return "embedded Elasticsearch at " + connection.urls().get(0) + " (data in " + state.resolve("data") + ")";
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** How a node that went away under its user ended, with the last lines it logged; the cause is usually there. */
    public String exitReport() {
        if (process.isAlive()) {
            return "pid " + process.pid() + " still runs";
        }
        int status = process.exitValue();
        String how = status == 137 ? " (SIGKILL: the kernel's out-of-memory killer, or someone's kill -9)" : "";
        // The console log holds the server log's lines and also what the JVM prints when it crashes.
        return "pid " + process.pid() + " exited with status " + status + how + ". " + logTail(25);
    }

    /** For a node shared between commands: it outlives this process, and its last user stops it. */
    void keepRunningOnExit() {
        try {
            java.lang.Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // too late to keep it; the hook stops it as before
        }
    }

    @Override
    public void close() {
        try {
            java.lang.Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; stopProcess is safe to call twice
        }
        stopProcess();
    }

    private synchronized void stopProcess() {
        if (process.isAlive()) {
            LOG.info("Stopping embedded Elasticsearch (pid {})", process.pid());
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            try {
                if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    LOG.warn("Elasticsearch did not stop within {} s; killing it", STOP_TIMEOUT.toSeconds());
                    process.destroyForcibly();
                }
                for (ProcessHandle child : children) {
                    child.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                children.forEach(ProcessHandle::destroyForcibly);
            }
        }
        StaleNode.forget(state, process.pid());
    }

    private String logTail(int lines) {
        return "Last lines of " + consoleLog + ":\n" + tail(consoleLog, lines);
    }

    static int choosePort(Integer wanted) {
        try (ServerSocket socket = new ServerSocket(wanted == null ? 0 : wanted, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new ProvisionException("port " + wanted + " on 127.0.0.1 is already in use; set NZ_ES_PORT to a free"
                    + " port, or leave it unset to let the embedded node pick one");
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
