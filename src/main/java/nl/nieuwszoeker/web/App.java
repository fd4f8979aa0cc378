package nl.nieuwszoeker.web;

import io.javalin.Javalin;
import nl.nieuwszoeker.config.AppConfig;

/** Builds the Javalin app: every route and error mapping is declared here, up front. */
public final class App {

    static final int MAX_REQUEST_LINE = 64 * 1024;

    private App() {}

    public static Javalin create(AppConfig config, Deps deps) {
        var search = new SearchController(deps.search());
        var lookups = new LookupController(deps.lookups(), deps.esDescription());
        var openApi = OpenApi.load();
        return Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.defaultContentType = "application/json";
            c.http.prefer405over404 = true;
            // A long pasted text must reach validation (and get a JSON 400), not be cut off by Jetty's 8 KB default.
            c.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_LINE));
            ErrorMapping.install(c);
            c.routes.get("/api/search", search::search);
            c.routes.get("/api/suggest", lookups::suggest);
            c.routes.get("/api/articles/{id}", lookups::article);
            c.routes.get("/api/facets/{name}", lookups::facet);
            c.routes.get("/health", lookups::health);
            c.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            c.routes.get("/", search::page);
        });
    }
}
