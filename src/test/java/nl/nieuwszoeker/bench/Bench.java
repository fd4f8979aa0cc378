package nl.nieuwszoeker.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.config.ConfigLoader;
import nl.nieuwszoeker.es.ElasticsearchProvider;
import nl.nieuwszoeker.es.EsClients;
import nl.nieuwszoeker.node.EmbeddedNode;
import nl.nieuwszoeker.node.Provisioning;
import nl.nieuwszoeker.search.ArticleSearch;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.LookupService;
import nl.nieuwszoeker.search.SearchService;
import nl.nieuwszoeker.support.CapturingTransport;
import nl.nieuwszoeker.support.EsCall;

/**
 * Runs every benchmark against one embedded node and writes bench/results/&lt;time&gt;.{md,json}:
 * indexing (indexer vs raw _bulk), search overhead (/api/search vs the same bodies to _search), the scale
 * curve, start-up and memory. The app and the indexer run as their own processes, from the packaged jar,
 * exactly as a user starts them. Options: see {@link #USAGE}.
 */
public final class Bench {

    static final String USAGE = """
            bench/run [--sizes 10000,100000,1000000] [--compare-size 100000] [--seed 42] [--format jsonl|txt]
                      [--rounds 5] [--requests-c1 N] [--requests-c16 3N] [--requests-lookups 300] [--requests-html 300] [--generated-queries 300] [--warm-block 400] [--index-rounds 5] [--max-index-minutes 25] [--es-heap 2g] [--startups 3]
                      [--sweep-docs 5000] [--profile true|false] [--only startup|index|node-cost] [--keep-index true] [--requests-node-cost N]
                      [--out bench/results] [--work /tmp/nz-bench]""";
    static final String ALIAS = "bench";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NODE_READY = Pattern.compile("Embedded Elasticsearch ready after (\\d+) ms");

    private final Map<String, String> opts;
    private final Path work;
    private final Path jar = Path.of("target/nieuwszoeker.jar").toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Results results = new Results();
    private final CorpusModel model;
    private final List<QueryMix.Query> mix;
    private final Map<String, String> nodeEnv = new HashMap<>();

    private ElasticsearchProvider provider;
    private ElasticsearchClient client;
    private URI es;
    private Process app;
    private URI appUri;
    private Path appGcLog;
    private Path appJfr;

    private Bench(Map<String, String> opts) {
        this.opts = opts;
        this.work = Path.of(opts.getOrDefault("work", "/tmp/nz-bench")).toAbsolutePath();
        this.model = CorpusModel.create(seed(), Path.of(opts.getOrDefault("dictionary",
                CorpusModel.DEFAULT_DICTIONARY.toString())));
        this.mix = QueryMix.of(model);
        nodeEnv.put("NZ_DATA_DIR", work.resolve("state").toString());
        nodeEnv.put("NZ_ES_HEAP", opts.getOrDefault("es-heap", "2g"));
        nodeEnv.put("NZ_INDEX", ALIAS);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        if (opts.containsKey("help")) {
            System.out.println(USAGE);
            return;
        }
        new Bench(opts).run();
    }

    private void run() throws Exception {
        results.machine(opts, model.vocabularySource);
        List<Integer> sizes = Arrays.stream(opts.getOrDefault("sizes", "10000,100000,1000000").split(","))
                .map(String::trim).map(Integer::parseInt).sorted().toList();
        int compareSize = Integer.parseInt(opts.getOrDefault("compare-size", "100000"));
        double maxIndexMinutes = Double.parseDouble(opts.getOrDefault("max-index-minutes", "25"));
        boolean startupOnly = "startup".equals(opts.get("only"));
        boolean indexOnly = "index".equals(opts.get("only"));
        if (!startupOnly) {
            benchWithNode(sizes, compareSize, maxIndexMinutes);
        }
        if (!indexOnly && !"node-cost".equals(opts.get("only"))) {
            results.startup(startups());
        }
        results.finish();
        Path out = Path.of(opts.getOrDefault("out", "bench/results"));
        List<Path> written = results.write(out);
        written.forEach(p -> System.out.println("[bench] wrote " + p));
    }

    private void benchWithNode(List<Integer> sizes, int compareSize, double maxIndexMinutes) throws Exception {
        startNode();
        // A size too big for one sitting runs in two parts: --only index, then --keep-index true to search it.
        boolean keep = "true".equals(opts.get("keep-index"));
        boolean indexOnly = "index".equals(opts.get("only"));
        try {
            if (!keep) {
                deleteIndices("bench-*,raw-*");
            }
            double lastRate = 0;
            for (int size : sizes) {
                Map<String, Object> indexing;
                if (keep && aliasCount() == size) {
                    indexing = new LinkedHashMap<>(Map.of("docs", size, "reused_index", true));
                    log("reusing the index of " + size + " documents behind alias " + ALIAS);
                } else {
                    if (lastRate > 0 && size / lastRate / 60 > maxIndexMinutes) {
                        results.skipped(size, size / lastRate / 60, maxIndexMinutes, lastRate);
                        continue;
                    }
                    Path corpus = corpus(size);
                    indexing = indexWithIndexer(corpus, size);
                    lastRate = (double) indexing.get("docs_per_s");
                    if (size == compareSize) {
                        // Extrapolate from the warm node, not from the first (cold) run.
                        lastRate = Math.max(lastRate, compareIndexing(corpus, size, indexing));
                    }
                }
                if (indexOnly) {
                    results.indexedOnly(size, indexing, storeSize(), esGet("/_cat/nodes?h=heap.current,heap.max").strip());
                    continue;
                }
                if ("node-cost".equals(opts.get("only"))) {
                    results.scale(size, indexing, storeSize(), nodeCostOnly());
                    continue;
                }
                if (app == null) {
                    startApp();
                }
                results.scale(size, indexing, storeSize(), searchBench(size));
            }
        } finally {
            try {
                if (app != null) {
                    Procs.stop(app);
                    results.appHeap(Procs.gcSummary(appGcLog));
                    results.profile(Profile.summarize(appJfr));
                }
            } finally {
                stopNode();
            }
        }
    }

    // ---- node -------------------------------------------------------------------------------------------

    private void startNode() throws IOException {
        Files.createDirectories(work);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("ES_URLS");
        env.putAll(nodeEnv);
        AppConfig config = ConfigLoader.load(env, null);
        log("starting the embedded node (heap " + nodeEnv.get("NZ_ES_HEAP") + ", data in " + work.resolve("state") + ")");
        provider = Provisioning.provide(config);
        client = EsClients.create(provider.connection());
        es = provider.connection().urls().get(0);
    }

    private void stopNode() {
        if (client != null) {
            EsClients.close(client);
        }
        if (provider != null) {
            provider.close();
        }
    }

    private ProcessHandle nodeProcess() {
        long pid = provider instanceof nl.nieuwszoeker.node.SharedNode shared ? shared.pid()
                : ((EmbeddedNode) provider).pid();
        return ProcessHandle.of(pid).orElseThrow();
    }

    private void deleteIndices(String pattern) throws Exception {
        for (String index : esGet("/_cat/indices/" + pattern + "?h=index&expand_wildcards=all").lines()
                .map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            client.indices().delete(d -> d.index(index));
        }
    }

    private void deleteIndicesOutsideAlias() throws Exception {
        JsonNode aliased = JSON.readTree(esGet("/_alias/" + ALIAS));
        for (String index : esGet("/_cat/indices/bench-*?h=index").lines().map(String::strip)
                .filter(s -> !s.isEmpty()).toList()) {
            if (!aliased.has(index)) {
                client.indices().delete(d -> d.index(index));
            }
        }
    }

    private long aliasCount() throws Exception {
        try {
            return client.count(c -> c.index(ALIAS)).count();
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException missing) {
            return -1;
        }
    }

    private long storeSize() throws Exception {
        return JSON.readTree(esGet("/" + ALIAS + "/_stats/store")).path("_all").path("primaries").path("store")
                .path("size_in_bytes").asLong();
    }

    private String esGet(String path) throws Exception {
        var r = http.send(HttpRequest.newBuilder(es.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    // ---- corpus and indexing ----------------------------------------------------------------------------

    private Path corpus(int size) throws IOException {
        var format = CorpusGenerator.Format.valueOf(opts.getOrDefault("format", "jsonl").toUpperCase(Locale.ROOT));
        Path folder = work.resolve("corpus-" + seed() + "-" + size + "-" + format.name().toLowerCase(Locale.ROOT));
        log("corpus of " + size + " articles in " + folder);
        long t0 = System.nanoTime();
        new CorpusGenerator(model).ensure(folder, size, format);
        log(String.format("corpus ready after %.1f s", (System.nanoTime() - t0) / 1e9));
        return folder;
    }

    /** The index command, end to end: JVM start, reading, extraction, bulk, refresh, alias switch. */
    private Map<String, Object> indexWithIndexer(Path corpus, int size) throws Exception {
        Path log = work.resolve("logs/index-" + size + ".log");
        Files.deleteIfExists(log);
        Map<String, String> env = new HashMap<>(nodeEnv);
        env.put("ES_URLS", es.toString());
        log("indexer: " + size + " articles");
        long t0 = System.nanoTime();
        Process p = Procs.java(jar, List.of(), List.of("index", "--seeds", corpus.toString()), env, log);
        long peakRss = 0;
        while (!p.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peakRss = Math.max(peakRss, Procs.rss(p.pid()));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("the index command failed (exit " + p.exitValue() + "); see " + log
                    + ":\n" + Procs.tail(log));
        }
        long count = client.count(c -> c.index(ALIAS)).count();
        if (count != size) {
            throw new IllegalStateException("alias " + ALIAS + " holds " + count + " documents, expected " + size
                    + "; does the indexer read this corpus format? See " + log);
        }
        deleteIndicesOutsideAlias();
        var m = new LinkedHashMap<String, Object>();
        m.put("docs", size);
        m.put("seconds", Load.round(seconds));
        m.put("docs_per_s", Load.round(size / seconds));
        m.put("indexer_rss_max_mb", Procs.mb(peakRss));
        log("indexer: " + m);
        return m;
    }

    /** Returns the warm indexer's docs/s. */
    private double compareIndexing(Path corpus, int size, Map<String, Object> firstIndexerRun) throws Exception {
        var baseline = new BulkBaseline(http, es, client);
        log("raw _bulk: reading the indexed documents back as pre-serialised bulk lines");
        List<byte[]> docs = baseline.dump(ALIAS);
        long bytes = docs.stream().mapToLong(d -> d.length).sum();
        int sweepDocs = Math.min(size, Integer.parseInt(opts.getOrDefault("sweep-docs", "5000")));
        List<Map<String, Object>> sweep = new ArrayList<>();
        Map<String, Object> best = null;
        for (int batch : new int[] {250, 500, 1000, 2500}) {
            Map<String, Object> r = baseline.run(docs, sweepDocs, batch, 1);
            log("raw _bulk sweep: " + r);
            sweep.add(r);
            if (best == null || (double) r.get("docs_per_s") > (double) best.get("docs_per_s")) {
                best = r;
            }
        }
        // The compared runs use the indexer's own batching (BulkWriter: 1000 documents, two bulks in flight);
        // the sweep above is kept as information, not as the baseline.
        int bestBatch = 1000;
        int bestConcurrency = 2;

        // The first indexer run met a cold node (JIT, analysis chain loading); it is reported, not compared.
        // Then raw and indexer alternate, so drift in the machine's load falls on both alike.
        int rounds = Integer.parseInt(opts.getOrDefault("index-rounds", "5"));
        firstIndexerRun.put("cold_node", true);
        List<Map<String, Object>> indexerRuns = new ArrayList<>(List.of(firstIndexerRun));
        List<Map<String, Object>> rawRuns = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Map<String, Object> raw = baseline.run(docs, size, bestBatch, bestConcurrency);
            log("raw _bulk: " + raw);
            rawRuns.add(raw);
            indexerRuns.add(indexWithIndexer(corpus, size));
        }
        results.indexing(size, bytes, sweep, indexerRuns, rawRuns);
        return indexerRuns.stream().filter(r -> !r.containsKey("cold_node"))
                .mapToDouble(r -> (double) r.get("docs_per_s")).average().orElse(0);
    }

    // ---- search -----------------------------------------------------------------------------------------

    private void startApp() throws Exception {
        int port = nl.nieuwszoeker.support.Jar.freePort();
        appGcLog = work.resolve("logs/app-gc.log");
        Files.deleteIfExists(appGcLog);
        Path log = work.resolve("logs/app.log");
        Files.deleteIfExists(log);
        Map<String, String> env = new HashMap<>(nodeEnv);
        env.put("ES_URLS", es.toString());
        List<String> jvm = new ArrayList<>(List.of("-Xlog:gc:file=" + appGcLog));
        appJfr = work.resolve("logs/app.jfr");
        Files.deleteIfExists(appJfr);
        if (!"false".equals(opts.getOrDefault("profile", "true"))) {
            jvm.add("-XX:StartFlightRecording=filename=" + appJfr + ",settings=profile");
        }
        app = Procs.java(jar, jvm, List.of("serve", "--port", Integer.toString(port)),
                env, log);
        appUri = URI.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app exited; see " + log + ":\n" + Procs.tail(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(appUri.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log("app serving on " + appUri + " (pid " + app.pid() + ")");
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the app did not answer /health within 120 s; see " + log);
    }

    /** The request bodies SearchService sends for each search of the mix, captured from its real code path. */
    private List<List<EsCall>> capture(List<QueryMix.Query> queries) {
        var capturing = new CapturingTransport((ElasticsearchTransport) client._transport());
        var service = new SearchService(new ElasticsearchClient(capturing), ALIAS);
        List<List<EsCall>> calls = new ArrayList<>();
        service.search(queries.get(0).request());
        capturing.drain(); // the index's date span is read once a minute, not per search
        for (QueryMix.Query q : queries) {
            service.search(q.request());
            calls.add(capturing.drain());
        }
        return calls;
    }

    /** Autocomplete and facet-value lookups: the app's URL and the Elasticsearch calls LookupService makes for it. */
    private record Lookup(String path, List<EsCall> calls) {}

    private List<Lookup> lookups(boolean facets) {
        var capturing = new CapturingTransport((ElasticsearchTransport) client._transport());
        var service = new LookupService(new ElasticsearchClient(capturing), ALIAS);
        var empty = new ArticleSearch("", Map.of(), null, null, ArticleSearch.Sort.RELEVANCE, 1, 10);
        List<Lookup> out = new ArrayList<>();
        var random = new java.util.SplittableRandom(seed());
        for (int i = 0; i < 100; i++) {
            if (facets) {
                Facet f = List.of(Facet.PLACE, Facet.PERSON, Facet.ORGANISATION).get(i % 3);
                var pool = f == Facet.PLACE ? model.places : f == Facet.PERSON ? model.persons : model.organisations;
                String value = pool.atRank(1 + random.nextInt(Math.min(pool.size(), 200)));
                String prefix = value.substring(0, Math.min(value.length(), 1 + random.nextInt(3)));
                service.facetValues(f, prefix, 20, empty);
                out.add(new Lookup("/api/facets/" + f.param() + "?prefix="
                        + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8), capturing.drain()));
            } else {
                String word = QueryMix.word(model, 30 + random.nextInt(3000));
                String prefix = word.substring(0, Math.min(word.length(), 3 + random.nextInt(3)));
                service.suggest(prefix, 8);
                out.add(new Lookup("/api/suggest?q=" + prefix, capturing.drain()));
            }
        }
        return out;
    }

    private Map<String, Object> searchBench(int size) throws Exception {
        List<QueryMix.Query> queries = queries();
        List<List<EsCall>> captured = capture(queries);
        List<HttpRequest> appRequests = queries.stream()
                .map(q -> HttpRequest.newBuilder(appUri.resolve("/api/search?" + QueryMix.apiQuery(q.request())))
                        .build()).toList();
        List<HttpRequest> pageRequests = queries.stream()
                .map(q -> HttpRequest.newBuilder(appUri.resolve("/?" + QueryMix.apiQuery(q.request()))).build())
                .toList();
        List<List<HttpRequest>> directRequests = captured.stream()
                .map(calls -> calls.stream().map(c -> c.toRequest(es)).toList()).toList();
        Load.Call viaApp = i -> send(appRequests.get(i % appRequests.size()));
        Load.Call page = i -> send(pageRequests.get(i % pageRequests.size()));
        Load.Call direct = i -> {
            for (HttpRequest r : directRequests.get(i % directRequests.size())) {
                send(r);
            }
        };
        List<Map<String, Object>> checks = check(queries, appRequests, directRequests);
        Map<String, Load.Call[]> lookupTargets = new LinkedHashMap<>();
        for (boolean facets : new boolean[] {false, true}) {
            List<Lookup> lookups = lookups(facets);
            List<HttpRequest> app = lookups.stream().map(l -> HttpRequest.newBuilder(appUri.resolve(l.path())).build())
                    .toList();
            List<List<HttpRequest>> raw = lookups.stream()
                    .map(l -> l.calls().stream().map(c -> c.toRequest(es)).toList()).toList();
            lookupTargets.put(facets ? "facet_values" : "autocomplete", new Load.Call[] {
                i -> send(app.get(i % app.size())),
                i -> {
                    for (HttpRequest r : raw.get(i % raw.size())) {
                        send(r);
                    }
                }});
        }

        int n = queries.size();
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "5"));
        var out = new LinkedHashMap<String, Object>();
        out.put("mix", checks);
        out.put("mix_kinds", queries.stream().collect(java.util.stream.Collectors.groupingBy(QueryMix.Query::name,
                java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        out.put("es_calls_per_search", captured.stream().mapToInt(List::size).max().orElse(0));
        out.put("example_request_body", captured.get(queries.size() - 1).get(0).bodyText());
        out.put("load_average_before", Comparison.loadAverage());
        // Every app endpoint measured below takes part, so each is past the JIT before its rounds start.
        Load.Call[] warm = {viaApp, page, lookupTargets.get("autocomplete")[0], lookupTargets.get("facet_values")[0]};
        log("search at " + size + " docs: warm-up until the app's CPU per request settles (blocks of "
                + opts.getOrDefault("warm-block", "400") + " requests)");
        out.put("warm_up", Comparison.warmUp(app.toHandle(), Integer.parseInt(opts.getOrDefault("warm-block", "400")),
                5, Integer.parseInt(opts.getOrDefault("warm-max-blocks", "40")), i -> warm[i % warm.length].run(i / warm.length)));
        log("warm-up: " + out.get("warm_up"));
        Load.run(16, n * 2, 0, direct);
        try (var memory = new Procs.MemorySampler(app.pid(), nodeProcess(), http, es)) {
            for (int concurrency : new int[] {1, 16}) {
                int perRound = Integer.parseInt(opts.getOrDefault("requests-c" + concurrency,
                        Integer.toString(concurrency == 1 ? n : n * 3)));
                var c = Comparison.run(concurrency, perRound, rounds, viaApp, direct);
                log("search at " + size + " docs, concurrency " + concurrency + ": " + c);
                out.put("concurrency_" + concurrency, c);
            }
            int perRound = Integer.parseInt(opts.getOrDefault("requests-lookups", "300"));
            for (var e : lookupTargets.entrySet()) {
                var c = Comparison.run(1, perRound, rounds, e.getValue()[0], e.getValue()[1]);
                log(e.getKey() + " at " + size + " docs: " + c);
                out.put(e.getKey(), c);
            }
            var c = Comparison.run(1, Integer.parseInt(opts.getOrDefault("requests-html", Integer.toString(Math.min(n, 300)))),
                    rounds, page, direct);
            log("HTML result page at " + size + " docs: " + c);
            out.put("html_page", c);
            out.put("memory", memory.summary());
        }
        out.put("node_cost", nodeCost(captured, rounds));
        out.put("load_average_after", Comparison.loadAverage());
        return out;
    }

    /** The fixed mix plus the generated searches, shuffled with the seed: the same list for every part of a run. */
    private List<QueryMix.Query> queries() {
        var queries = new ArrayList<>(mix);
        queries.addAll(QueryMix.generated(model, Integer.parseInt(opts.getOrDefault("generated-queries", "300")),
                seed()));
        java.util.Collections.shuffle(queries, new java.util.Random(seed()));
        return queries;
    }

    /** The node's share of each part of a search, without the app: `--only node-cost`. */
    private Map<String, Object> nodeCostOnly() throws Exception {
        List<QueryMix.Query> queries = queries();
        var out = new LinkedHashMap<String, Object>();
        out.put("mix", queries.stream().map(q -> Map.of("name", q.name(), "api", "/api/search?"
                + QueryMix.apiQuery(q.request()))).toList());
        out.put("load_average_before", Comparison.loadAverage());
        out.put("node_cost", nodeCost(capture(queries), Integer.parseInt(opts.getOrDefault("rounds", "5"))));
        out.put("load_average_after", Comparison.loadAverage());
        return out;
    }

    private Map<String, Object> nodeCost(List<List<EsCall>> captured, int rounds) throws Exception {
        List<EsCall> searches = captured.stream().map(calls -> calls.get(0)).toList();
        Path bodies = work.resolve("logs/node-cost-bodies.ndjson");
        Files.createDirectories(bodies.getParent());
        Files.write(bodies, searches.stream().map(c -> c.pathAndQuery() + "\t" + c.bodyText()).toList());
        int perRound = Integer.parseInt(opts.getOrDefault("requests-node-cost", Integer.toString(searches.size())));
        // One pass over every body first, so no variant meets cold caches that the others warmed.
        for (EsCall call : searches) {
            send(call.toRequest(es));
        }
        log("node cost: " + perRound + " requests per variant and round, " + rounds + " rounds");
        Map<String, Object> c = NodeCost.run(es, searches, perRound, rounds, this::send);
        log("node cost: " + c);
        return c;
    }

    /** Both sides must find the same thing, or the comparison means nothing. */
    private List<Map<String, Object>> check(List<QueryMix.Query> mix, List<HttpRequest> appRequests,
                                            List<List<HttpRequest>> directRequests) throws Exception {
        List<Map<String, Object>> checks = new ArrayList<>();
        for (int i = 0; i < mix.size(); i++) {
            JsonNode viaApp = JSON.readTree(send(appRequests.get(i)));
            JsonNode direct = JSON.readTree(send(directRequests.get(i).get(0)));
            long appTotal = viaApp.path("total").path("value").asLong(-1);
            long esTotal = direct.path("hits").path("total").path("value").asLong(-1);
            var m = new LinkedHashMap<String, Object>();
            m.put("name", mix.get(i).name());
            m.put("api", "/api/search?" + QueryMix.apiQuery(mix.get(i).request()));
            m.put("total", appTotal);
            if (appTotal != esTotal) {
                m.put("direct_total", esTotal);
                m.put("warning", "the app and the captured request disagree on the total");
            }
            checks.add(m);
        }
        return checks;
    }

    private byte[] send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": "
                    + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return r.body();
    }

    // ---- start-up ---------------------------------------------------------------------------------------

    /** `java -jar target/nieuwszoeker.jar serve` with the distribution cached and the index present. */
    private Map<String, Object> startups() throws Exception {
        int runs = Integer.parseInt(opts.getOrDefault("startups", "3"));
        String probe = "/api/search?q=" + QueryMix.word(model, 60) + "&size=1";
        List<Map<String, Object>> samples = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            int port = nl.nieuwszoeker.support.Jar.freePort();
            Path log = work.resolve("logs/startup-" + i + ".log");
            Files.deleteIfExists(log);
            URI uri = URI.create("http://127.0.0.1:" + port);
            long t0 = System.nanoTime();
            Process p = Procs.java(jar, List.of(), List.of("serve", "--port", Integer.toString(port)), nodeEnv, log);
            double seconds = -1;
            String last = "nothing answered";
            try {
                long deadline = t0 + 300_000_000_000L;
                while (System.nanoTime() < deadline && p.isAlive()) {
                    try {
                        var r = http.send(HttpRequest.newBuilder(uri.resolve(probe)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200 && JSON.readTree(r.body()).path("total").path("value").asLong() > 0) {
                            seconds = (System.nanoTime() - t0) / 1e9;
                            break;
                        }
                        last = r.statusCode() + " " + r.body();
                    } catch (IOException notYet) {
                        last = notYet.toString();
                    }
                    Thread.sleep(50);
                }
            } finally {
                Procs.stop(p);
            }
            if (seconds < 0) {
                throw new IllegalStateException("no successful search after start-up (last: " + last + "); see " + log);
            }
            var m = new LinkedHashMap<String, Object>();
            m.put("seconds_to_first_search", Load.round(seconds));
            Matcher ready = NODE_READY.matcher(Files.readString(log));
            if (ready.find()) {
                m.put("node_ready_after_s", Load.round(Long.parseLong(ready.group(1)) / 1000.0));
            }
            log("start-up " + i + ": " + m);
            samples.add(m);
        }
        var out = new LinkedHashMap<String, Object>();
        out.put("command", "java -jar target/nieuwszoeker.jar serve  (env NZ_DATA_DIR, NZ_ES_HEAP, NZ_INDEX as above)");
        out.put("probe", probe);
        out.put("runs", samples);
        double[] s = samples.stream().mapToDouble(m -> (double) m.get("seconds_to_first_search")).sorted().toArray();
        out.put("median_s", s[s.length / 2]);
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private long seed() {
        return Long.parseLong(opts.getOrDefault("seed", "42"));
    }

    static void log(String message) {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), message);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i] + "\n" + USAGE);
            }
            String key = args[i].substring(2);
            int eq = key.indexOf('=');
            if (eq > 0) {
                opts.put(key.substring(0, eq), key.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                opts.put(key, args[++i]);
            } else {
                opts.put(key, "true");
            }
        }
        return opts;
    }
}
