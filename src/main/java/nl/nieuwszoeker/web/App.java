package nl.nieuwszoeker.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import nl.nieuwszoeker.indexing.Article;
import nl.nieuwszoeker.web.page.Assets;
import nl.nieuwszoeker.config.AppConfig;

/** Builds the Javalin app: every route and error mapping is declared here, up front. */
public final class App {

    private App() {}

    public static Javalin create(AppConfig config, Deps deps) {
        var search = new SearchController(deps.search());
        var assets = Assets.load();
        var pages = new PageController(deps.search(), id -> articleById(deps, config, id), assets, Clock.systemDefaultZone());
        return Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.defaultContentType = "application/json";
            ErrorMapping.install(c);
            c.routes.before(PageController::securityHeaders);
            c.routes.get("/api/search", search::search);
            c.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok", "elasticsearch", deps.esDescription())));
            c.routes.get("/", pages::search);
            c.routes.get("/artikel/{id}", pages::article);
            c.routes.get("/assets/{name}", assets::serve);
        });
    }

    // Until the lookup service of the api branch is merged.
    private static Optional<Article> articleById(Deps deps, AppConfig config, String id) {
        try {
            var got = deps.client().get(g -> g.index(config.indexAlias()).id(id), Article.class);
            return got.found() ? Optional.ofNullable(got.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
