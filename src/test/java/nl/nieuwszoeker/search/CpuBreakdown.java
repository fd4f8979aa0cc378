package nl.nieuwszoeker.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonpDeserializer;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JavalinJackson;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.es.EsClients;
import nl.nieuwszoeker.model.Article;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * Where the app's CPU per search goes, stage by stage, on one thread with the thread's own CPU clock: build the
 * typed request, serialise it, parse a real response into typed objects, map it to SearchResult, write the
 * answer with Javalin's Jackson mapper. The response is fetched once from a running node and then parsed from
 * memory, so Elasticsearch's own time is not in any figure. Not a test: run it with
 * {@code java -cp ... nl.nieuwszoeker.search.CpuBreakdown ES_URL ALIAS N "query"...}.
 */
public final class CpuBreakdown {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuBreakdown() {}

    public static void main(String[] args) throws Exception {
        URI es = URI.create(args[0]);
        String alias = args[1];
        int n = Integer.parseInt(args[2]);
        ElasticsearchClient client = EsClients.create(new EsSettings(List.of(es), null, null, null, null, null,
                Duration.ofSeconds(60), 0, "1g", null));
        RestClient rest = EsClients.restClient(client);
        JsonpMapper mapper = new JacksonJsonpMapper();
        ObjectMapper answerMapper = new JavalinJackson().getMapper();
        var service = new SearchService(client, alias);
        var jdk = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var deserializer = SearchResponse.createSearchResponseDeserializer(JsonpDeserializer.of(Article.class));
        for (int a = 3; a < args.length; a++) {
            String q = args[a];
            var request = new ArticleSearch(q, Map.of(), null, null, ArticleSearch.Sort.RELEVANCE, 1, 10);
            Supplier<co.elastic.clients.elasticsearch.core.SearchRequest> build = () -> SearchBody.build(alias, request,
                    SearchQueries.text(UserQuery.parse(q)), CalendarInterval.Month, "10000ms");
            byte[] body = serialise(build.get(), mapper);
            var low = new Request("POST", "/" + alias + "/_search");
            low.addParameter("typed_keys", "true");
            low.setJsonEntity(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            byte[] response = rest.performRequest(low).getEntity().getContent().readAllBytes();
            SearchResult result = service.search(request);
            var stages = new LinkedHashMap<String, Double>();
            for (int round = 0; round < 2; round++) { // the first round is the JIT's
                stages.put("build the typed request", micros(n, () -> build.get()));
                stages.put("serialise it (JSON-P over Jackson)", micros(n, () -> serialise(build.get(), mapper)));
                stages.put("parse the response into typed objects", micros(n, () -> {
                    try (JsonParser p = mapper.jsonProvider().createParser(new ByteArrayInputStream(response))) {
                        return deserializer.deserialize(p, mapper);
                    }
                }));
                stages.put("write the answer (Javalin's Jackson)", micros(n, () -> {
                    try {
                        return answerMapper.writeValueAsBytes(result);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
                // These two wait for the node, so they count the whole process's CPU (the client's I/O threads
                // included), never the node's, which runs in another process.
                stages.put("send and receive over HTTP (RestClient, Apache async)", processMicros(n / 10, () -> {
                    try {
                        return rest.performRequest(low).getEntity().getContent().readAllBytes();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
                stages.put("the same over the JDK's HttpClient, for comparison", processMicros(n / 10, () -> {
                    try {
                        return jdk.send(java.net.http.HttpRequest.newBuilder(es.resolve("/" + alias
                                + "/_search?typed_keys=true")).header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
                stages.put("SearchService.search end to end", processMicros(n / 10, () -> service.search(request)));
            }
            System.out.printf("q=\"%s\": request %d bytes, response %d bytes, answer %d bytes%n", q, body.length,
                    response.length, answerMapper.writeValueAsBytes(result).length);
            stages.forEach((k, v) -> System.out.printf("  %-42s %7.1f µs CPU%n", k, v));
        }
        EsClients.close(client);
    }

    private static byte[] serialise(Object request, JsonpMapper mapper) {
        var out = new ByteArrayOutputStream();
        try (JsonGenerator g = mapper.jsonProvider().createGenerator(out)) {
            mapper.serialize(request, g);
        }
        return out.toByteArray();
    }

    private static double processMicros(int n, Supplier<Object> work) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Object sink = null;
        long t0 = os.getProcessCpuTime();
        for (int i = 0; i < n; i++) {
            sink = work.get();
        }
        long t1 = os.getProcessCpuTime();
        if (sink == null) {
            throw new IllegalStateException("nothing computed");
        }
        return (t1 - t0) / 1e3 / n;
    }

    private static double micros(int n, Supplier<Object> work) {
        Object sink = null;
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            sink = work.get();
        }
        long t1 = THREADS.getCurrentThreadCpuTime();
        if (sink == null) {
            throw new IllegalStateException("nothing computed");
        }
        return (t1 - t0) / 1e3 / n;
    }
}
