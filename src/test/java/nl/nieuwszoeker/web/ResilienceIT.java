package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.es.EsClients;
import nl.nieuwszoeker.search.SearchService;
import nl.nieuwszoeker.support.Api;
import nl.nieuwszoeker.support.FixtureCorpus;
import nl.nieuwszoeker.support.TcpProxy;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Elasticsearch going away, coming back, hanging, or missing its index: clear JSON errors, never a 500. */
class ResilienceIT {

    private static String alias;

    @BeforeAll
    static void corpus() {
        alias = FixtureCorpus.index("resilience-it");
    }

    private static ElasticsearchClient clientVia(int port, Duration timeout) {
        return EsClients.create(new EsSettings(List.of(URI.create("http://127.0.0.1:" + port)), null, null, null,
                null, null, timeout, 0, "512m", null));
    }

    private static Javalin app(ElasticsearchClient client, String index) {
        return App.create(TestElasticsearch.config(), new Deps(client, new SearchService(client, index), "via proxy"));
    }

    private static int esPort() {
        return TestElasticsearch.provider().connection().urls().get(0).getPort();
    }

    private static void assertErrorShape(Api.Answer a, int status, String error) {
        assertEquals(status, a.status(), a.text());
        assertEquals(error, a.json().get("error").asText());
        assertFalse(a.text().contains("Exception"), a.text());
        assertFalse(a.text().contains("\tat "), a.text());
    }

    @Test
    void unreachableElasticsearchIs503AndTheAppRecoversWhenItReturns() throws Exception {
        try (TcpProxy proxy = TcpProxy.relay(esPort())) {
            ElasticsearchClient client = clientVia(proxy.port(), Duration.ofSeconds(20));
            try {
                Api.test(app(client, alias), (a, http) -> {
                    assertEquals(200, Api.get(http, "/api/search?q=Syri%C3%AB").status());
                    proxy.stop();
                    assertErrorShape(Api.get(http, "/api/search?q=Syri%C3%AB"), 503, "search_unavailable");
                    assertErrorShape(Api.get(http, "/api/articles/a1"), 503, "search_unavailable");
                    assertErrorShape(Api.get(http, "/api/suggest?q=syr"), 503, "search_unavailable");
                    Api.Answer health = Api.get(http, "/health");
                    assertEquals(503, health.status(), health.text());
                    assertEquals("unreachable", health.json().get("elasticsearch").get("status").asText());
                    proxy.start();
                    Api.Answer back = Api.get(http, "/api/search?q=Syri%C3%AB");
                    assertEquals(200, back.status(), back.text());
                    assertEquals(4, back.json().get("total").get("value").asInt());
                    assertEquals(200, Api.get(http, "/health").status());
                });
            } finally {
                EsClients.close(client);
            }
        }
    }

    @Test
    void aSearchThatGetsNoAnswerInTimeIs504() throws Exception {
        try (TcpProxy silent = TcpProxy.silent()) {
            ElasticsearchClient client = clientVia(silent.port(), Duration.ofMillis(500));
            try {
                Api.test(app(client, alias), (a, http) -> {
                    assertErrorShape(Api.get(http, "/api/search?q=Syri%C3%AB"), 504, "search_timeout");
                    assertErrorShape(Api.get(http, "/api/facets/place"), 504, "search_timeout");
                });
            } finally {
                EsClients.close(client);
            }
        }
    }

    @Test
    void aMissingIndexIs503WithAClearMessage() {
        ElasticsearchClient client = TestElasticsearch.client();
        Api.test(app(client, "resilience-it-never-created"), (a, http) -> {
            assertErrorShape(Api.get(http, "/api/search?q=x"), 503, "index_missing");
            assertEquals(503, Api.get(http, "/health").status());
        });
    }
}
