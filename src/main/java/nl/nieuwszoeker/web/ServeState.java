package nl.nieuwszoeker.web;

import java.util.function.Supplier;

/**
 * What the serving process knows beyond Elasticsearch's own answers: whether its embedded node is being
 * restarted (node gives "running" or "restarting"), and the watched folder's state for /health.
 */
public record ServeState(Supplier<String> node, Supplier<Object> folder) {

    public static final ServeState NONE = new ServeState(() -> "running", () -> null);

    public boolean restarting() {
        return "restarting".equals(node.get());
    }
}
