package nl.nieuwszoeker.bench;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.NdJsonpSerializable;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Wraps the app's transport and records every request the client sends, serialised with the client's own
 * mapper. A SearchService built on it runs its real code path; the recorded calls are what "direct to
 * Elasticsearch" replays, so both sides of the comparison send identical request bodies.
 */
final class CapturingTransport implements ElasticsearchTransport {

    private final ElasticsearchTransport delegate;
    private final List<EsCall> calls = new ArrayList<>();

    CapturingTransport(ElasticsearchTransport delegate) {
        this.delegate = delegate;
    }

    synchronized List<EsCall> drain() {
        List<EsCall> copy = List.copyOf(calls);
        calls.clear();
        return copy;
    }

    @Override
    public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
        record(request, endpoint);
        return delegate.performRequest(request, endpoint, options);
    }

    @Override
    public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
        record(request, endpoint);
        return delegate.performRequestAsync(request, endpoint, options);
    }

    private synchronized <RequestT> void record(RequestT request, Endpoint<RequestT, ?, ?> endpoint) {
        Map<String, String> params = endpoint.queryParameters(request);
        String query = params.isEmpty() ? "" : "?" + params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        Object body = endpoint.body(request);
        byte[] bytes = null;
        boolean ndjson = body instanceof NdJsonpSerializable;
        if (body != null) {
            var out = new ByteArrayOutputStream();
            if (ndjson) {
                writeLines(out, (NdJsonpSerializable) body);
            } else {
                writeValue(out, body);
            }
            bytes = out.toByteArray();
        }
        calls.add(new EsCall(endpoint.method(request), endpoint.requestUrl(request) + query, bytes, ndjson));
    }

    private void writeLines(ByteArrayOutputStream out, NdJsonpSerializable container) {
        Iterator<?> items = container._serializables();
        while (items.hasNext()) {
            Object item = items.next();
            // A bulk operation lists itself first, as its action line.
            if (item instanceof NdJsonpSerializable nested && item != container) {
                writeLines(out, nested);
            } else {
                writeValue(out, item);
                out.write('\n');
            }
        }
    }

    private void writeValue(ByteArrayOutputStream out, Object value) {
        JsonpMapper mapper = delegate.jsonpMapper();
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(out)) {
            mapper.serialize(value, generator);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public JsonpMapper jsonpMapper() {
        return delegate.jsonpMapper();
    }

    @Override
    public TransportOptions options() {
        return delegate.options();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
