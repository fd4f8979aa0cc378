package nl.nieuwszoeker.node;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.es.ElasticsearchProvider;
import nl.nieuwszoeker.es.ProvisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded node of one data folder, shared by every command on that folder: the first one starts it,
 * the others connect to it, and the last one to leave stops it. See {@link NodeRegistry} for the protocol.
 */
public final class SharedNode implements ElasticsearchProvider {

    private static final Logger LOG = LoggerFactory.getLogger(SharedNode.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final NodeRegistry registry;
    private final Distribution distribution;
    private final Path state;
    private final EsSettings base;
    private final NodeRegistry.Lease lease;
    private final EsSettings connection;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread hook = new Thread(this::close, "shared-elasticsearch-release");
    private volatile EmbeddedNode launched;
    private volatile NodeRegistry.Entry entry;

    private SharedNode(NodeRegistry registry, Distribution distribution, Path state, EsSettings base,
            NodeRegistry.Lease lease, EmbeddedNode launched, NodeRegistry.Entry entry) {
        this.registry = registry;
        this.distribution = distribution;
        this.state = state;
        this.base = base;
        this.lease = lease;
        this.launched = launched;
        this.entry = entry;
        // Restarts keep the port, so every command's client stays valid across them.
        this.connection = new EsSettings(List.of(URI.create(entry.url())), null, null, null, null, null,
                base.requestTimeout(), base.retries(), base.embeddedHeap(), entry.port());
    }

    /** Connects to the folder's node, starting it if no living command uses one. */
    public static SharedNode acquire(Distribution distribution, Path state, EsSettings base, String command) {
        var registry = new NodeRegistry(state);
        SharedNode node = registry.locked(() -> {
            Optional<NodeRegistry.Entry> recorded = registry.read();
            Optional<ProcessHandle> running = recorded.flatMap(e -> registry.process(e.pid()));
            List<String> users = registry.liveUsers();
            EmbeddedNode launched = null;
            if (running.isPresent() && !users.isEmpty()) {
                NodeRegistry.Entry e = recorded.get();
                LOG.info("Using the Elasticsearch node at {} (pid {}, started by pid {}), shared with {} other command(s)",
                        e.url(), e.pid(), e.owner(), users.size());
            } else {
                if (running.isPresent()) {
                    LOG.warn("The Elasticsearch node at {} (pid {}) was left by a run that no longer exists;"
                            + " stopping it first (its data stays)", recorded.get().url(), recorded.get().pid());
                    stop(running.get());
                }
                registry.clear();
                // A node that died under living users comes back on its port, so their clients reach it again.
                Integer port = base.embeddedPort();
                if (port == null && recorded.isPresent() && (!users.isEmpty() || free(recorded.get().port()))) {
                    port = recorded.get().port();
                }
                launched = EmbeddedNode.start(distribution, state, base.forEmbeddedNode(port));
                launched.keepRunningOnExit();
                var url = launched.connection().urls().get(0);
                registry.write(url.toString(), url.getPort(), launched.pid());
            }
            var lease = registry.lease(command);
            return new SharedNode(registry, distribution, state, base, lease, launched, registry.read().orElseThrow());
        });
        java.lang.Runtime.getRuntime().addShutdownHook(node.hook);
        return node;
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
        return "embedded Elasticsearch at " + entry.url() + " (data in " + state.resolve("data") + ")";
    }

    public long pid() {
        return entry.pid();
    }

    /** Whether the node's process still runs; it may have been restarted by another command meanwhile. */
    public boolean alive() {
        if (registry.process(entry.pid()).isPresent()) {
            return true;
        }
        Optional<NodeRegistry.Entry> now = registry.read();
        if (now.isPresent() && now.get().pid() != entry.pid() && registry.process(now.get().pid()).isPresent()) {
            entry = now.get();
            return true;
        }
        return false;
    }

    /** Starts the node again on the same port, unless another command sharing it already did. */
    void restart() {
        registry.locked(() -> {
            Optional<NodeRegistry.Entry> now = registry.read();
            if (now.isPresent() && registry.process(now.get().pid()).isPresent()) {
                LOG.info("Another command restarted the Elasticsearch node (pid {})", now.get().pid());
                entry = now.get();
                return null;
            }
            EmbeddedNode node = EmbeddedNode.start(distribution, state, base.forEmbeddedNode(connection.embeddedPort()));
            node.keepRunningOnExit();
            launched = node;
            registry.write(connection.urls().get(0).toString(), connection.embeddedPort(), node.pid());
            entry = registry.read().orElseThrow();
            return null;
        });
    }

    /** Leaves the node; stops it when no other living command uses it. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            java.lang.Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // this is the hook, or it runs already
        }
        registry.locked(() -> {
            lease.close();
            List<String> others = registry.liveUsers();
            Optional<NodeRegistry.Entry> now = registry.read();
            if (!others.isEmpty()) {
                LOG.info("Leaving the Elasticsearch node running for {} other command(s)", others.size());
                return null;
            }
            EmbeddedNode mine = launched;
            if (mine != null && now.isPresent() && now.get().pid() == mine.pid()) {
                mine.close();
            } else {
                now.flatMap(e -> registry.process(e.pid())).ifPresent(p -> {
                    LOG.info("Stopping embedded Elasticsearch (pid {}): no other command uses it", p.pid());
                    stop(p);
                });
            }
            registry.clear();
            return null;
        });
    }

    private static boolean free(int port) {
        try {
            EmbeddedNode.choosePort(port);
            return true;
        } catch (ProvisionException taken) {
            return false;
        }
    }

    static void stop(ProcessHandle handle) {
        List<ProcessHandle> children = handle.descendants().toList();
        handle.destroy();
        try {
            handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            for (ProcessHandle child : children) {
                child.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            LOG.warn("Elasticsearch (pid {}) did not stop within {} s; killing it", handle.pid(), STOP_TIMEOUT.toSeconds());
            handle.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
