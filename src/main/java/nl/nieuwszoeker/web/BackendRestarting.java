package nl.nieuwszoeker.web;

/** The embedded node is being restarted: answered 503 at once, without waiting for Elasticsearch to time out. */
final class BackendRestarting extends RuntimeException {
    BackendRestarting() {
        super("the embedded Elasticsearch node is restarting", null, false, false);
    }
}
