package nl.nieuwszoeker.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** One HTTP request the app's client sent to Elasticsearch, kept so it can be replayed byte for byte. */
record EsCall(String method, String pathAndQuery, byte[] body, boolean ndjson) {

    HttpRequest toRequest(URI es) {
        var builder = HttpRequest.newBuilder(es.resolve(pathAndQuery))
                .header("Content-Type", ndjson ? "application/x-ndjson" : "application/json");
        return builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }
}
