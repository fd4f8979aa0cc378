package nl.nieuwszoeker.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.nieuwszoeker.search.SearchService;
import nl.nieuwszoeker.web.App;
import nl.nieuwszoeker.web.Deps;

/** The real app on the test node, one alias per test class, and JSON reading for the answers. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Api() {}

    public static Javalin app(String alias) {
        var client = TestElasticsearch.client();
        return App.create(TestElasticsearch.config(), new Deps(client, new SearchService(client, alias), "test node"));
    }

    /** The app on a free port for a whole test class, with a client for it; close it in {@code @AfterAll}. */
    public record Server(Javalin app, HttpClient http) implements AutoCloseable {
        public Answer get(String pathAndQuery) {
            return Api.get(http, pathAndQuery);
        }

        @Override
        public void close() {
            app.stop();
        }
    }

    public static Server start(String alias) {
        Javalin app = app(alias).start(0);
        return new Server(app, new HttpClient(app, java.net.http.HttpClient.newHttpClient()));
    }

    public static void test(Javalin app, TestCase test) {
        JavalinTest.test(app, test);
    }

    public record Answer(int status, JsonNode json, String text) {}

    public static Answer get(HttpClient http, String pathAndQuery) {
        var response = http.get(pathAndQuery);
        String body = response.body().string();
        try {
            JsonNode node = body.isEmpty() || !(body.startsWith("{") || body.startsWith("[")) ? null : JSON.readTree(body);
            return new Answer(response.code(), node, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
