package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.es.EsClients;
import nl.nieuwszoeker.search.SearchService;
import nl.nieuwszoeker.support.Api;
import nl.nieuwszoeker.support.FixtureCorpus;
import nl.nieuwszoeker.support.TcpProxy;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page routes answer failures with a Dutch page under the pages' own security headers; the API keeps JSON. */
class ErrorPagesIT {

    private static final java.net.http.HttpClient BROWSER = java.net.http.HttpClient.newHttpClient();
    private static String alias;

    @BeforeAll
    static void corpus() {
        alias = FixtureCorpus.index("error-pages-it");
    }

    private static Javalin app(ElasticsearchClient client, String index, ServeState state) {
        return App.create(TestElasticsearch.config(), new Deps(client, new SearchService(client, index), "test", state));
    }

    record Page(int status, String body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** As a browser asks for a page. */
    private static Page page(HttpClient http, String path) {
        try {
            var request = HttpRequest.newBuilder(URI.create(http.getOrigin() + path))
                    .header("Accept", "text/html,application/xhtml+xml").build();
            HttpResponse<String> r = BROWSER.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.body(), r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertDutchPage(Page p, int status, String heading) {
        assertEquals(status, p.status(), p.body());
        assertTrue(p.header("Content-Type").startsWith("text/html"), p.header("Content-Type"));
        assertEquals(PageController.CSP, p.header("Content-Security-Policy"));
        assertEquals("nosniff", p.header("X-Content-Type-Options"));
        assertEquals("same-origin", p.header("Referrer-Policy"));
        assertTrue(p.body().startsWith("<!doctype html><html lang=\"nl\">"), p.body());
        assertTrue(p.body().contains("<h1>" + heading + "</h1>"), p.body());
        assertTrue(p.body().contains("id=\"zoek\""), "the page lost the search box: " + p.body());
        assertFalse(p.body().contains("\"error\":"), p.body());
    }

    @Test
    void unreachableSearchServiceGetsADutchPageAndTheApiKeepsJson() throws Exception {
        try (TcpProxy proxy = TcpProxy.relay(TestElasticsearch.provider().connection().urls().get(0).getPort())) {
            ElasticsearchClient client = EsClients.create(new EsSettings(List.of(URI.create("http://127.0.0.1:"
                    + proxy.port())), null, null, null, null, null, Duration.ofSeconds(10), 0, "512m", null));
            try {
                Api.test(app(client, alias, ServeState.NONE), (a, http) -> {
                    assertEquals(200, page(http, "/?q=Syri%C3%AB").status());
                    proxy.stop();
                    Page p = page(http, "/?q=Syri%C3%AB");
                    assertDutchPage(p, 503, "Zoeken lukt even niet");
                    assertEquals("5", p.header("Retry-After"));
                    assertTrue(p.body().contains("value=\"Syrië\""), "the search text was lost");
                    Api.Answer api = Api.get(http, "/api/search?q=x");
                    assertEquals(503, api.status());
                    assertEquals("search_unavailable", api.json().get("error").asText());
                });
            } finally {
                EsClients.close(client);
            }
        }
    }

    @Test
    void aMissingIndexSaysItIsStillBeingBuilt() {
        Api.test(app(TestElasticsearch.client(), "error-pages-it-never-built", ServeState.NONE), (a, http) ->
                assertDutchPage(page(http, "/?q=brug"), 503, "De zoekindex wordt nog opgebouwd"));
    }

    @Test
    void anUnknownArticleAndAnUnknownPageGetDutch404s() {
        Api.test(app(TestElasticsearch.client(), alias, ServeState.NONE), (a, http) -> {
            assertDutchPage(page(http, "/artikel/bestaat-niet"), 404, "Artikel niet gevonden");
            assertDutchPage(page(http, "/nergens"), 404, "Pagina niet gevonden");
            assertEquals("not_found", Api.get(http, "/api/articles/bestaat-niet").json().get("error").asText());
        });
    }

    @Test
    void aBadParameterNamesTheFieldInDutch() {
        Api.test(app(TestElasticsearch.client(), alias, ServeState.NONE), (a, http) -> {
            Page p = page(http, "/?q=brug&from=31-02-2024");
            assertDutchPage(p, 400, "Deze zoekopdracht klopt niet");
            assertTrue(p.body().contains("De datum bij \u2018Van\u2019"), p.body());
            Page sort = page(http, "/?sort=alfabet");
            assertDutchPage(sort, 400, "Deze zoekopdracht klopt niet");
            assertTrue(sort.body().contains("Deze sortering bestaat niet"), sort.body());
            Api.Answer api = Api.get(http, "/api/search?from=31-02-2024");
            assertEquals(400, api.status());
            assertEquals("from", api.json().get("param").asText());
        });
    }

    @Test
    void theDateFieldsReadAndShowDayMonthYear() {
        Api.test(app(TestElasticsearch.client(), alias, ServeState.NONE), (a, http) -> {
            Page iso = page(http, "/?from=2024-03-01&to=2024-03-31");
            Page dutch = page(http, "/?from=1-3-2024&to=31-03-2024");
            assertEquals(200, iso.status(), iso.body());
            assertEquals(200, dutch.status(), dutch.body());
            for (Page p : List.of(iso, dutch)) {
                assertTrue(p.body().contains("name=\"from\" form=\"zoek\""), p.body());
                assertTrue(p.body().contains("placeholder=\"dd-mm-jjjj\""), p.body());
                assertTrue(p.body().contains("value=\"01-03-2024\""), p.body());
                assertTrue(p.body().contains("value=\"31-03-2024\""), p.body());
                assertFalse(p.body().contains("type=\"date\""), "a browser-locale date field is back");
            }
            assertEquals(Api.get(http, "/api/search?from=2024-03-01&to=2024-03-31").json().get("total").toString(),
                    Api.get(http, "/api/search?from=01-03-2024&to=31-03-2024").json().get("total").toString());
        });
    }

    @Test
    void whileTheNodeRestartsSearchesGet503AtOnceAndHealthSaysRestarting() {
        var node = new AtomicReference<>("restarting");
        var state = new ServeState(node::get, () -> null);
        Api.test(app(TestElasticsearch.client(), alias, state), (a, http) -> {
            Api.Answer search = Api.get(http, "/api/search?q=brug");
            assertEquals(503, search.status());
            assertEquals("search_unavailable", search.json().get("error").asText());
            Api.Answer health = Api.get(http, "/health");
            assertEquals(503, health.status());
            assertEquals("restarting", health.json().get("status").asText());
            assertEquals("restarting", health.json().get("elasticsearch").get("status").asText());
            assertDutchPage(page(http, "/?q=brug"), 503, "Zoeken lukt even niet");
            node.set("running");
            assertEquals(200, Api.get(http, "/api/search?q=brug").status());
            assertEquals(200, Api.get(http, "/health").status());
        });
    }
}
