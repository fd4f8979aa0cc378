package nl.nieuwszoeker.web;

import io.javalin.Javalin;
import java.util.Map;
import nl.nieuwszoeker.config.AppConfig;

/** Builds the Javalin app: every route and error mapping is declared here, up front. */
public final class App {

    private App() {}

    public static Javalin create(AppConfig config, Deps deps) {
        var search = new SearchController(deps.search());
        return Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.defaultContentType = "application/json";
            ErrorMapping.install(c);
            c.routes.get("/api/search", search::search);
            c.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok", "elasticsearch", deps.esDescription())));
            c.routes.get("/", search::page);
        });
    }
}
