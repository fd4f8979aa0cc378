package nl.nieuwszoeker.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** One HTTP request the app's client sent to Elasticsearch, kept so it can be replayed byte for byte. */
public record EsCall(String method, String pathAndQuery, byte[] body, boolean ndjson) {

    public HttpRequest toRequest(URI es) {
        var builder = HttpRequest.newBuilder(es.resolve(pathAndQuery))
                .header("Content-Type", ndjson ? "application/x-ndjson" : "application/json");
        return builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    public String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }
}
