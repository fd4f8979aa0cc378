package nl.nieuwszoeker.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to reach Elasticsearch. No URLs means the embedded default. Secrets are held here only and are
 * deliberately left out of {@link #toString()}, so they cannot reach a log line by accident.
 */
public record EsSettings(
        List<URI> urls,
        String username,
        String password,
        String apiKey,
        Path caCertificate,
        String caFingerprint,
        Duration requestTimeout,
        int retries,
        String embeddedHeap,
        Integer embeddedPort) {

    public boolean external() {
        return !urls.isEmpty();
    }

    /** What an embedded node starts with: these timeouts, retries and heap, on port (null: any free port). */
    public EsSettings forEmbeddedNode(Integer port) {
        return new EsSettings(List.of(), null, null, null, null, null, requestTimeout, retries, embeddedHeap, port);
    }

    @Override
    public String toString() {
        return "EsSettings[urls=" + urls
                + ", auth=" + (apiKey != null ? "api-key" : username != null ? "basic(" + username + ")" : "none")
                + ", caCertificate=" + caCertificate
                + ", caFingerprint=" + (caFingerprint != null ? "set" : "none")
                + ", requestTimeout=" + requestTimeout + ", retries=" + retries + "]";
    }
}
