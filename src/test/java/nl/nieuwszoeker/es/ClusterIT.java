package nl.nieuwszoeker.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.config.ConfigLoader;
import nl.nieuwszoeker.indexing.IndexLifecycle;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.node.LocalCluster;
import nl.nieuwszoeker.node.Provisioning;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.SearchService;
import nl.nieuwszoeker.support.FixtureCorpus;
import nl.nieuwszoeker.support.TestElasticsearch;
import nl.nieuwszoeker.web.App;
import nl.nieuwszoeker.web.Deps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A real three-node cluster on loopback (256 MB heap each, the plugin on every node), reached the way a user
 * configures it: ES_URLS listing all three, NZ_SHARDS=3, NZ_REPLICAS=1. The last test kills a node with SIGKILL
 * while eight clients search through the app. It runs in every {@code mvn verify}; for a longer load after the
 * kill, {@code mvn verify -Dit.test=ClusterIT -Dnz.cluster.loadSeconds=60}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String ALIAS = "cluster-it";
    private static final String SKEWED = "cluster-it-skewed";
    private static final String RARE_EVERYWHERE = "Xdorp";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LOAD_SECONDS = Integer.getInteger("nz.cluster.loadSeconds", 8);

    private static LocalCluster cluster;
    private static AppConfig config;
    private static ElasticsearchClient client;
    private static Javalin app;
    private static HttpClient http;

    @BeforeAll
    static void startCluster() throws IOException {
        String checkout = Integer.toHexString(Path.of("").toAbsolutePath().toString().hashCode());
        Path root = Path.of(System.getProperty("java.io.tmpdir"),
                "nieuwszoeker-cluster-" + System.getProperty("user.name") + "-" + checkout);
        cluster = LocalCluster.start(Provisioning.distribution(TestElasticsearch.config()), root, 3, "256m");
        config = ConfigLoader.load(Map.of("ES_URLS", cluster.esUrls(), "NZ_SHARDS", "3", "NZ_REPLICAS", "1",
                "NZ_INDEX", ALIAS), null);
        client = EsClients.connect(config.elasticsearch());
        app = App.create(config, new Deps(client, new SearchService(client, ALIAS), "cluster " + cluster.esUrls()));
        app.start("127.0.0.1", 0);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stopCluster() {
        if (app != null) {
            app.stop();
        }
        if (client != null) {
            EsClients.close(client);
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void theAliasMovesToAFullerIndexSpreadOverThreeNodes() throws Exception {
        var lifecycle = new IndexLifecycle(client, ALIAS, config.shards());
        String first = lifecycle.createNext();
        FixtureCorpus.fill(client, first, FixtureCorpus.ARTICLES.subList(0, 5));
        lifecycle.swapTo(first);
        assertEquals(5, search("").get("total").get("value").asInt());

        String second = lifecycle.createNext();
        FixtureCorpus.fill(client, second, FixtureCorpus.ARTICLES);
        cluster.awaitNodes(3, "green");
        assertEquals(List.of(first), lifecycle.swapTo(second));
        assertEquals(List.of(second), lifecycle.live());
        assertEquals(FixtureCorpus.ARTICLES.size(), search("").get("total").get("value").asInt());

        JsonNode shards = JSON.readTree(get(cluster.members().get(0).url()
                .resolve("/_cat/shards/" + second + "?format=json&h=shard,prirep,state,node")));
        assertEquals(6, shards.size(), shards.toString());
        var nodes = new java.util.HashSet<String>();
        int primaries = 0;
        for (JsonNode s : shards) {
            assertEquals("STARTED", s.get("state").asText(), shards.toString());
            nodes.add(s.get("node").asText());
            primaries += "p".equals(s.get("prirep").asText()) ? 1 : 0;
        }
        assertEquals(3, primaries);
        assertEquals(3, nodes.size(), "every node holds shard copies: " + shards);
    }

    @Test
    @Order(2)
    void facetCountsOfTheFixtureAreExactAcrossShards() throws Exception {
        for (String selection : List.of("", "source=NOS", "place=Syri%C3%AB&tag=oorlog")) {
            JsonNode answer = search(selection);
            Map<Facet, List<String>> chosen = parse(selection);
            for (JsonNode facet : answer.get("facets")) {
                Facet f = Facet.byParam(facet.get("name").asText()).orElseThrow();
                var others = new HashMap<>(chosen);
                others.remove(f);
                Map<String, Long> expected = FixtureCorpus.ARTICLES.stream().filter(FixtureCorpus.matches(others))
                        .flatMap(a -> FixtureCorpus.values(a, f).stream())
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                for (JsonNode v : facet.get("values")) {
                    assertEquals(expected.getOrDefault(v.get("value").asText(), 0L), v.get("count").asLong(),
                            selection + " " + f + " " + v);
                }
            }
        }
    }

    /**
     * Each shard holds 30 values of its own on 21 articles and one shared value on 20: overall the shared value
     * is the most frequent (60), yet it is 31st on every shard, below the default shard_size of 25.
     */
    @Test
    @Order(3)
    void aValueFrequentOverallButRareOnEachShardIsCountedExactly() throws Exception {
        IndexSchema.create(client, SKEWED, config.shards());
        List<String> routings = oneRoutingPerShard(SKEWED, 3);
        var articles = new ArrayList<Article>();
        Map<String, Long> truth = new LinkedHashMap<>();
        for (int shard = 0; shard < 3; shard++) {
            List<String> locals = new ArrayList<>();
            for (int v = 0; v < 30; v++) {
                locals.add("Plaats " + shard + "-" + v);
            }
            for (int n = 0; n < 21; n++) {
                articles.add(skewedArticle(shard, "l" + n, locals));
            }
            for (int n = 0; n < 20; n++) {
                articles.add(skewedArticle(shard, "x" + n, List.of(RARE_EVERYWHERE)));
            }
            locals.forEach(l -> truth.put(l, 21L));
        }
        truth.put(RARE_EVERYWHERE, 60L);
        var bulk = client.bulk(b -> {
            for (Article a : articles) {
                String routing = routings.get(Integer.parseInt(a.id().substring(5, 6)));
                b.operations(op -> op.index(i -> i.index(SKEWED).id(a.id()).routing(routing).document(a)));
            }
            return b.refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
        });
        assertFalse(bulk.errors());
        client.indices().putAlias(p -> p.index(SKEWED).name(SKEWED + "-alias"));

        // Without a larger shard_size the value is lost: the case is real on this cluster.
        var plain = client.search(s -> s.index(SKEWED).size(0)
                .aggregations("p", a -> a.terms(t -> t.field("places").size(10))), Void.class);
        List<String> plainKeys = plain.aggregations().get("p").sterms().buckets().array().stream()
                .map(StringTermsBucket::key).map(k -> k.stringValue()).toList();
        assertFalse(plainKeys.contains(RARE_EVERYWHERE), "default shard_size already exact: " + plainKeys);

        var service = new SearchService(client, SKEWED + "-alias");
        Javalin skewedApp = App.create(config, new Deps(client, service, "skewed"));
        skewedApp.start("127.0.0.1", 0);
        try {
            JsonNode answer = JSON.readTree(get(URI.create("http://127.0.0.1:" + skewedApp.port() + "/api/search")));
            JsonNode places = facet(answer, "place");
            assertEquals(RARE_EVERYWHERE, places.get(0).get("value").asText(), places.toString());
            for (JsonNode v : places) {
                assertEquals(truth.get(v.get("value").asText()), v.get("count").asLong(), places.toString());
            }
            JsonNode typed = JSON.readTree(get(URI.create("http://127.0.0.1:" + skewedApp.port()
                    + "/api/facets/place?prefix=xd")));
            assertEquals(60, typed.get("values").get(0).get("count").asLong(), typed.toString());
        } finally {
            skewedApp.stop();
        }
    }

    @Test
    @Order(4)
    void killingANodeUnderEightSearchingClientsLosesNoSearch() throws Exception {
        int expected = FixtureCorpus.ARTICLES.size();
        LocalCluster.Member victim = electedMaster();
        var stop = new AtomicBoolean();
        var ok = new AtomicInteger();
        var retried = new AtomicInteger();
        var problems = new ConcurrentLinkedQueue<String>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        String[] queries = {"", "q=Syri%C3%AB", "q=kinderen", "source=NRC", "q=luchtaanval&sort=newest"};
        for (int c = 0; c < 8; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String query = queries[(client + n) % queries.length];
                    try {
                        HttpResponse<String> r = searchResponse(query);
                        if (r.statusCode() == 503) {
                            retried.incrementAndGet();
                            r = searchResponse(query);
                        }
                        if (r.statusCode() != 200) {
                            problems.add(query + " -> " + r.statusCode() + " " + r.body());
                        } else if (query.isEmpty() && JSON.readTree(r.body()).get("total").get("value").asInt() != expected) {
                            problems.add("incomplete: " + r.body());
                        } else {
                            ok.incrementAndGet();
                        }
                    } catch (Exception e) {
                        problems.add(query + " -> " + e);
                    }
                }
                return null;
            }));
        }
        try {
            // Kill while the clients are well under way, however slow the machine is today.
            for (int waited = 0; ok.get() < 40 && waited < 120; waited++) {
                Thread.sleep(500);
            }
            int before = ok.get();
            Instant killed = Instant.now();
            cluster.kill(victim);
            System.out.println("[cluster] killed " + victim.name() + " (the elected master) after " + before
                    + " searches");
            Thread.sleep(LOAD_SECONDS * 1000L);
            cluster.awaitNodes(2, "yellow");
            System.out.println("[cluster] primaries reassigned " + Duration.between(killed, Instant.now()).toMillis()
                    + " ms after the kill");
            Thread.sleep(1_000);
        } finally {
            stop.set(true);
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();
        }
        System.out.println("[cluster] " + ok.get() + " searches answered, " + retried.get()
                + " answered 503 and were retried");
        assertTrue(problems.isEmpty(), problems.size() + " failed searches, first: " + problems.peek());
        assertTrue(ok.get() > 8, "the clients searched: " + ok.get());
        JsonNode after = search("");
        assertEquals(expected, after.get("total").get("value").asInt(), "complete once the replicas are promoted");
        JsonNode health = JSON.readTree(get(survivor(victim).url().resolve("/_cluster/health/" + ALIAS)));
        assertEquals(0, health.get("unassigned_primary_shards") == null ? 0
                : health.get("unassigned_primary_shards").asInt(), health.toString());
        assertEquals(2, health.get("number_of_nodes").asInt(), health.toString());
    }

    private static Article skewedArticle(int shard, String n, List<String> places) {
        Article a = FixtureCorpus.article("skew-" + shard + "-" + n, "Bericht " + n, "Tekst over " + places.get(0),
                "2024-06-01", "NOS", "Binnenland", List.of(), List.of(), places, List.of(), "kort");
        return a;
    }

    /** Routing values that put documents on each of the index's shards in turn. */
    private static List<String> oneRoutingPerShard(String index, int shards) throws Exception {
        var byShard = new String[shards];
        int found = 0;
        for (int i = 0; found < shards && i < 1000; i++) {
            JsonNode answer = JSON.readTree(get(cluster.members().get(0).url()
                    .resolve("/" + index + "/_search_shards?routing=r" + i)));
            int shard = answer.get("shards").get(0).get(0).get("shard").asInt();
            if (byShard[shard] == null) {
                byShard[shard] = "r" + i;
                found++;
            }
        }
        return List.of(byShard);
    }

    private static LocalCluster.Member electedMaster() throws Exception {
        JsonNode state = JSON.readTree(get(cluster.members().get(0).url().resolve("/_cat/master?format=json")));
        String name = state.get(0).get("node").asText();
        return cluster.members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static LocalCluster.Member survivor(LocalCluster.Member victim) {
        return cluster.members().stream().filter(m -> m != victim).findFirst().orElseThrow();
    }

    private static JsonNode facet(JsonNode answer, String name) {
        for (JsonNode f : answer.get("facets")) {
            if (f.get("name").asText().equals(name)) {
                return f.get("values");
            }
        }
        throw new AssertionError("no facet " + name + " in " + answer);
    }

    private static Map<Facet, List<String>> parse(String selection) {
        Map<Facet, List<String>> out = new HashMap<>();
        for (String pair : selection.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=");
                out.computeIfAbsent(Facet.byParam(kv[0]).orElseThrow(), k -> new ArrayList<>())
                        .add(java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static JsonNode search(String query) throws Exception {
        HttpResponse<String> r = searchResponse(query);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> searchResponse(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/search?" + query))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String get(URI uri) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), uri + ": " + r.body());
        return r.body();
    }
}
