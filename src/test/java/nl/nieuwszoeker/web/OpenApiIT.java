package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.nieuwszoeker.support.Api;
import nl.nieuwszoeker.support.FixtureCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The served OpenAPI description and the live routes describe the same API. */
class OpenApiIT {

    private static Api.Server server;

    @BeforeAll
    static void start() {
        server = Api.start(FixtureCorpus.index("openapi-it"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode served() {
        Api.Answer a = server.get("/openapi.json");
        assertEquals(200, a.status());
        return a.json();
    }

    @Test
    void everyLiveRouteIsDocumentedAndEveryDocumentedRouteIsLive() {
        var app = server.app();
        Set<String> live = new TreeSet<>();
        app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod())
                .forEach(e -> live.add(e.endpoint.method.name().toLowerCase() + " " + e.endpoint.path));
        Set<String> documented = new TreeSet<>();
        served().get("paths").fields().forEachRemaining(p ->
                p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey())));
        assertEquals(documented, live);
    }

    @Test
    void everyDocumentedQueryParameterIsAccepted() {
        Map<String, String> samples = Map.of("from", "2024-01-01", "to", "2024-12-31", "sort", "newest",
                "page", "1", "size", "5", "prefix", "a", "q", "a", "format", "csv", "mentioned_from", "2015-01-01",
                "mentioned_to", "2015-12-31");
        JsonNode paths = served().get("paths");
        paths.fields().forEachRemaining(p -> {
            JsonNode params = p.getValue().get("get").get("parameters");
            if (params == null) {
                return;
            }
            String path = p.getKey().replace("{id}", "a1").replace("{name}", "place");
            for (JsonNode param : params) {
                if (!"query".equals(param.get("in").asText())) {
                    continue;
                }
                String name = param.get("name").asText();
                String url = path + "?" + name + "=" + samples.getOrDefault(name, "x")
                        + (path.equals("/api/suggest") && !name.equals("q") ? "&q=a" : "");
                Api.Answer a = server.get(url);
                assertNotEquals(400, a.status(), url + " -> " + a.text());
                assertNotEquals(500, a.status(), url + " -> " + a.text());
            }
        });
    }
}
