package nl.nieuwszoeker.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.nieuwszoeker.es.IndexSchema;

/**
 * The floor for indexing: the documents the indexer stored, pre-serialised as _bulk lines, posted straight
 * to the node with no reading, parsing or extraction in between. Same node, same mapping (IndexSchema), and
 * the indexer's index settings: refresh off while filling.
 */
final class BulkBaseline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI es;
    private final ElasticsearchClient client;

    BulkBaseline(HttpClient http, URI es, ElasticsearchClient client) {
        this.http = http;
        this.es = es;
        this.client = client;
    }

    /** Reads every stored document of {@code alias} back as an action line plus its _source line. */
    List<byte[]> dump(String alias) throws IOException, InterruptedException {
        List<byte[]> docs = new ArrayList<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = JSON.createObjectNode().put("size", 5000);
            body.putArray("sort").add("_doc");
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = JSON.readTree(post("/" + alias + "/_search", JSON.writeValueAsBytes(body), "application/json"))
                    .path("hits").path("hits");
            if (hits.isEmpty()) {
                return docs;
            }
            for (JsonNode hit : hits) {
                var line = new ByteArrayOutputStream();
                ObjectNode action = JSON.createObjectNode();
                action.putObject("index").put("_id", hit.path("_id").asText());
                line.write(JSON.writeValueAsBytes(action));
                line.write('\n');
                line.write(JSON.writeValueAsBytes(hit.path("_source")));
                line.write('\n');
                docs.add(line.toByteArray());
                after = hit.path("sort");
            }
            if (!(after instanceof ArrayNode)) {
                throw new IllegalStateException("search_after needs sort values");
            }
        }
    }

    /** Indexes the first {@code count} documents into a fresh index; times create + all batches + refresh. */
    Map<String, Object> run(List<byte[]> docs, int count, int batch, int concurrency) throws Exception {
        String index = "raw-" + batch + "-" + concurrency + "-" + System.nanoTime();
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < count; from += batch) {
            var body = new ByteArrayOutputStream();
            for (int i = from; i < Math.min(count, from + batch); i++) {
                body.write(docs.get(i));
            }
            bodies.add(body.toByteArray());
        }
        long t0 = System.nanoTime();
        IndexSchema.create(client, index);
        // As the indexer does: no refreshes while a fresh index fills, one at the end.
        client.indices().putSettings(s -> s.index(index).settings(i -> i.refreshInterval(t -> t.time("-1"))));
        var next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < bodies.size()) {
                    String response = new String(post("/" + index + "/_bulk", bodies.get(i), "application/x-ndjson"),
                            StandardCharsets.UTF_8);
                    int head = response.indexOf("\"errors\":");
                    if (head < 0 || !response.startsWith("false", head + 9)) {
                        throw new IllegalStateException("bulk errors: " + response.substring(0, Math.min(500, response.length())));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        client.indices().putSettings(s -> s.index(index).settings(i -> i.refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(index));
        double seconds = (System.nanoTime() - t0) / 1e9;
        long indexed = client.count(c -> c.index(index)).count();
        client.indices().delete(d -> d.index(index));
        if (indexed != count) {
            throw new IllegalStateException("raw bulk indexed " + indexed + " of " + count);
        }
        var m = new LinkedHashMap<String, Object>();
        m.put("docs", count);
        m.put("batch", batch);
        m.put("concurrent_requests", concurrency);
        m.put("seconds", Load.round(seconds));
        m.put("docs_per_s", Load.round(count / seconds));
        return m;
    }

    private byte[] post(String path, byte[] body, String type) throws IOException, InterruptedException {
        var r = http.send(HttpRequest.newBuilder(es.resolve(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body();
    }
}
