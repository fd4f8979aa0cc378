package nl.nieuwszoeker.support;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.NdJsonpSerializable;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.JsonEndpoint;
import co.elastic.clients.transport.TransportOptions;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records every request the client sends, serialised with the client's own mapper, so a service built on it
 * runs its real code path. It either passes each request on to a node (the benchmark replays the recorded
 * calls "direct to Elasticsearch", so both sides send identical bodies) or, with no node at all, answers each
 * one with JSON the test supplies, read by the endpoint's own response parser (the fast lane's query tests).
 */
public final class CapturingTransport implements ElasticsearchTransport {

    private final ElasticsearchTransport delegate;
    private final Function<EsCall, String> answers;
    private final JsonpMapper mapper;
    private final List<EsCall> calls = new ArrayList<>();

    public CapturingTransport(ElasticsearchTransport delegate) {
        this.delegate = delegate;
        this.answers = null;
        this.mapper = delegate.jsonpMapper();
    }

    private CapturingTransport(Function<EsCall, String> answers) {
        this.delegate = null;
        this.answers = answers;
        this.mapper = new JacksonJsonpMapper();
    }

    /** No node: each call is answered with the JSON body {@code answers} gives for it, with status 200. */
    public static CapturingTransport offline(Function<EsCall, String> answers) {
        return new CapturingTransport(answers);
    }

    public synchronized List<EsCall> drain() {
        List<EsCall> copy = List.copyOf(calls);
        calls.clear();
        return copy;
    }

    @Override
    public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
        EsCall call = record(request, endpoint);
        return delegate == null ? answer(call, endpoint) : delegate.performRequest(request, endpoint, options);
    }

    @Override
    public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
        EsCall call = record(request, endpoint);
        return delegate == null ? CompletableFuture.completedFuture(answer(call, endpoint))
                : delegate.performRequestAsync(request, endpoint, options);
    }

    private <ResponseT> ResponseT answer(EsCall call, Endpoint<?, ResponseT, ?> endpoint) {
        if (!(endpoint instanceof JsonEndpoint<?, ResponseT, ?> json)) {
            throw new UnsupportedOperationException("no canned answer for the non-JSON endpoint " + endpoint.id());
        }
        try (JsonParser parser = mapper.jsonProvider().createParser(new StringReader(answers.apply(call)))) {
            return json.responseDeserializer().deserialize(parser, mapper);
        }
    }

    private synchronized <RequestT> EsCall record(RequestT request, Endpoint<RequestT, ?, ?> endpoint) {
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
        var call = new EsCall(endpoint.method(request), endpoint.requestUrl(request) + query, bytes, ndjson);
        calls.add(call);
        return call;
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
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(out)) {
            mapper.serialize(value, generator);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public JsonpMapper jsonpMapper() {
        return mapper;
    }

    @Override
    public TransportOptions options() {
        return delegate == null ? null : delegate.options();
    }

    @Override
    public void close() throws IOException {
        if (delegate != null) {
            delegate.close();
        }
    }
}
