package nl.nieuwszoeker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.nieuwszoeker.support.Jar;

/**
 * What a newsroom feels between indexing and search, against `serve` with its own embedded node, run as a user
 * runs it (bench/freshness):
 * <ul>
 *   <li>article to searchable: a new article file is moved into the watched folder, and the clock runs until
 *   /api/search finds its one unique word. The direct equivalent is the same text PUT straight into the index,
 *   until _search finds it. Each drop is timed separately, one after the other.</li>
 *   <li>search while indexing: the query mix through the app at concurrency 1, first on an idle node, then while
 *   the `index` command fills a second index on the same node from another corpus.</li>
 * </ul>
 */
public final class Freshness {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration FIND_LIMIT = Duration.ofMinutes(2);

    private Freshness() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Bench.options(args);
        int size = Integer.parseInt(opts.getOrDefault("size", "1000"));
        int drops = Integer.parseInt(opts.getOrDefault("drops", "15"));
        int indexSize = Integer.parseInt(opts.getOrDefault("index-size", "10000"));
        Path work = Path.of(opts.getOrDefault("work", "target/freshness")).toAbsolutePath();
        Path jar = Path.of(opts.getOrDefault("jar", "target/nieuwszoeker.jar"));
        CorpusGenerator.deleteTree(work.resolve("data"));
        Files.createDirectories(work);
        work.toFile().setExecutable(true, false);

        var model = CorpusModel.create(42, CorpusModel.DEFAULT_DICTIONARY);
        Path folder = new CorpusGenerator(model).ensure(work.resolve("watched-" + size), size, CorpusGenerator.Format.TXT);
        Path other = new CorpusGenerator(model).ensure(work.resolve("rebuild-" + indexSize), indexSize,
                CorpusGenerator.Format.JSONL);
        Path data = work.resolve("data");
        Map<String, String> env = Map.of("NZ_DATA_DIR", data.toString(), "NZ_ES_HEAP", opts.getOrDefault("es-heap", "1g"),
                "NZ_INDEX", "fresh");
        int port = Jar.freePort();
        Path serveLog = work.resolve("serve.log");
        Files.deleteIfExists(serveLog);
        Process serve = Procs.java(jar, List.of(), List.of("serve", "--seeds", folder.toString(), "--port",
                Integer.toString(port)), env, serveLog);
        var out = new LinkedHashMap<String, Object>();
        try {
            Jar.awaitHealthy(port, serve, serveLog, Duration.ofMinutes(10));
            URI app = URI.create("http://127.0.0.1:" + port);
            URI es = URI.create(JSON.readTree(Files.readString(data.resolve("node/node.json"))).get("url").asText());
            out.put("watched_articles", Soak.documents(port));
            out.put("load_average_before", Comparison.loadAverage());
            out.put("article_to_searchable", drops(app, es, folder, work, drops));
            List<String> mix = new ArrayList<>(QueryMix.of(model).stream().map(q -> QueryMix.apiQuery(q.request())).toList());
            QueryMix.generated(model, 100, 42).forEach(q -> mix.add(QueryMix.apiQuery(q.request())));
            out.put("search_while_indexing", whileIndexing(app, mix, jar, env, other, es, work));
            out.put("load_average_after", Comparison.loadAverage());
        } finally {
            Procs.stop(serve);
        }
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        Path results = Path.of(opts.getOrDefault("out", "bench/results"));
        Files.createDirectories(results);
        Path file = results.resolve("freshness-" + Instant.now().toString().replaceAll("[:.]", "").substring(0, 15) + "Z.json");
        Files.writeString(file, json);
        System.out.println(json);
        System.out.println("[freshness] wrote " + file);
    }

    private static Map<String, Object> drops(URI app, URI es, Path folder, Path work, int drops) throws Exception {
        var random = new SplittableRandom(7);
        List<Long> viaFolder = new ArrayList<>();
        List<Long> direct = new ArrayList<>();
        List<Long> runMillis = new ArrayList<>();
        for (int i = 0; i < drops; i++) {
            String word = uniqueWord(random);
            String text = "Nieuw bericht " + i + ".\n\nDe gemeenteraad besprak gisteren het " + word
                    + " voor de binnenstad. Het plan krijgt volgende week een vervolg.\n";
            Path staged = work.resolve("drop-" + i + ".txt");
            Files.writeString(staged, text, StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            Files.move(staged, folder.resolve("drop-" + i + ".txt"), StandardCopyOption.ATOMIC_MOVE);
            viaFolder.add(awaitHit(() -> total(app.resolve("/api/search?size=1&q=" + word), "total")) - t0);
            runMillis.add(JSON.readTree(get(app.resolve("/health"))).path("seeds").path("lastRun").path("millis").asLong(-1));

            String other = uniqueWord(random);
            String doc = JSON.writeValueAsString(Map.of("title", "Nieuw bericht " + i, "body",
                    text.replace(word, other)));
            long t1 = System.nanoTime();
            send(HttpRequest.newBuilder(es.resolve("/fresh/_doc/direct-" + i)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(doc)).build());
            direct.add(awaitHit(() -> total(es.resolve("/fresh/_search?size=0&q=body:" + other), "hits")) - t1);
            send(HttpRequest.newBuilder(es.resolve("/fresh/_doc/direct-" + i)).DELETE().build());
            Thread.sleep(1000);
        }
        var m = new LinkedHashMap<String, Object>();
        m.put("drops", drops);
        m.put("via_watched_folder_ms", summary(viaFolder));
        m.put("incremental_run_ms_by_drop", runMillis);
        m.put("direct_put_to_search_ms", summary(direct));
        return m;
    }

    private static Map<String, Object> whileIndexing(URI app, List<String> mix, Path jar, Map<String, String> env,
            Path corpus, URI es, Path work) throws Exception {
        Load.Call search = i -> get(app.resolve("/api/search?" + mix.get(i % mix.size())));
        Load.run(1, mix.size() * 3, 0, search);
        Load.Sample idle = Load.run(1, mix.size() * 2, 0, search);
        var indexEnv = new LinkedHashMap<>(env);
        indexEnv.put("ES_URLS", es.toString());
        indexEnv.put("NZ_INDEX", "rebuild");
        Path log = work.resolve("index.log");
        Files.deleteIfExists(log);
        long t0 = System.nanoTime();
        Process index = Procs.java(jar, List.of(), List.of("index", "--seeds", corpus.toString()), indexEnv, log);
        var busy = new Load.Sample();
        int offset = 0;
        while (index.isAlive()) {
            busy.add(Load.run(1, 20, offset, search));
            offset += 20;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (index.waitFor(1, TimeUnit.MINUTES) && index.exitValue() != 0) {
            throw new IllegalStateException("the index command failed:\n" + Procs.tail(log));
        }
        Load.Sample after = Load.run(1, mix.size() * 2, 0, search);
        var m = new LinkedHashMap<String, Object>();
        m.put("idle_before", idle.summary());
        m.put("while_indexing", busy.summary());
        m.put("idle_after", after.summary());
        m.put("indexing_seconds", Load.round(seconds));
        m.put("indexing_command", "index --seeds <" + corpus.getFileName() + "> into a second alias on the same node");
        return m;
    }

    /** Letters only and in no lexicon, so every analyzer keeps it whole and it matches only its own article. */
    private static String uniqueWord(SplittableRandom random) {
        var b = new StringBuilder("vrx");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    private interface Count {
        long get() throws Exception;
    }

    private static long awaitHit(Count count) throws Exception {
        long deadline = System.nanoTime() + FIND_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (count.get() > 0) {
                return System.nanoTime();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("not searchable within " + FIND_LIMIT);
    }

    private static long total(URI uri, String field) throws Exception {
        JsonNode n = JSON.readTree(get(uri));
        return "hits".equals(field) ? n.path("hits").path("total").path("value").asLong() : n.path("total").path("value").asLong();
    }

    private static String get(URI uri) throws Exception {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build());
    }

    private static String send(HttpRequest request) throws Exception {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static Map<String, Object> summary(List<Long> nanos) {
        double[] ms = nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
        var m = new LinkedHashMap<String, Object>();
        m.put("median", Load.round(ms[ms.length / 2]));
        m.put("min", Load.round(ms[0]));
        m.put("max", Load.round(ms[ms.length - 1]));
        m.put("all", java.util.Arrays.stream(ms).map(Load::round).boxed().toList());
        return m;
    }
}
