package nl.nieuwszoeker.node;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the shared node under a serving app and starts it again when its process exits without being
 * asked to (kill -9, out of memory, a crash), with growing pauses between failed attempts.
 */
public final class NodeSupervisor implements AutoCloseable {

    public enum State { RUNNING, RESTARTING }

    private static final Logger LOG = LoggerFactory.getLogger(NodeSupervisor.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    private static final long MAX_BACKOFF_SECONDS = 30;

    private final SharedNode node;
    private final Thread thread;
    private volatile State state = State.RUNNING;
    private volatile int restarts;

    private NodeSupervisor(SharedNode node) {
        this.node = node;
        this.thread = new Thread(this::watch, "node-supervisor");
        this.thread.setDaemon(true);
    }

    public static NodeSupervisor start(SharedNode node) {
        var supervisor = new NodeSupervisor(node);
        supervisor.thread.start();
        return supervisor;
    }

    public State state() {
        return state;
    }

    public int restarts() {
        return restarts;
    }

    private void watch() {
        while (!Thread.currentThread().isInterrupted()) {
            if (!sleep(CHECK_EVERY.toMillis())) {
                return;
            }
            if (node.alive()) {
                continue;
            }
            state = State.RESTARTING;
            Instant down = Instant.now();
            LOG.warn("The embedded Elasticsearch node (pid {}) exited unexpectedly; restarting it", node.pid());
            long backoff = 1;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    node.restart();
                    restarts++;
                    state = State.RUNNING;
                    LOG.info("Elasticsearch is back (pid {}) {} ms after it went down", node.pid(),
                            Duration.between(down, Instant.now()).toMillis());
                    break;
                } catch (RuntimeException e) {
                    LOG.warn("Restarting Elasticsearch failed ({}); next attempt in {} s", firstLine(e), backoff);
                    if (!sleep(backoff * 1000)) {
                        return;
                    }
                    backoff = Math.min(MAX_BACKOFF_SECONDS, backoff * 2);
                }
            }
        }
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Called before the app releases the node, so a deliberate stop is never taken for a crash. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
