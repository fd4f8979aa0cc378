package nl.nieuwszoeker.web;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.export.ExportService;
import nl.nieuwszoeker.feed.FeedService;
import nl.nieuwszoeker.search.RelatedService;
import nl.nieuwszoeker.web.page.Assets;
import nl.nieuwszoeker.web.page.ErrorPage;

/** Builds the Javalin app: every route and error mapping is declared here, up front. */
public final class App {

    static final int MAX_REQUEST_LINE = 64 * 1024;

    private App() {}

    public static Javalin create(AppConfig config, Deps deps) {
        var search = new SearchController(deps.search());
        var lookups = new LookupController(deps.lookups(), deps.esDescription(), deps.state());
        var openApi = OpenApi.load();
        var assets = Assets.load();
        var related = new RelatedService(deps.client(), deps.search().alias());
        var followUps = new FollowUpController(related, new FeedService(deps.search(), deps.client()),
                new ExportService(deps.client(), deps.search().alias()));
        var pages = new PageController(deps.search(), deps.lookups(),
                id -> related.related(id).orElse(List.of()), assets, Clock.systemDefaultZone());
        return Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.defaultContentType = "application/json";
            c.http.prefer405over404 = true;
            // A long pasted text must reach validation (and get a JSON 400), not be cut off by Jetty's 8 KB default.
            c.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_LINE));
            ErrorMapping.install(c, new ErrorPage(assets));
            ServeState state = deps.state();
            // While the embedded node restarts, searches get their 503 at once instead of waiting out retries.
            c.routes.before(ctx -> {
                if (state.restarting() && needsElasticsearch(ctx.path())) {
                    throw new BackendRestarting();
                }
            });
            c.routes.get("/api/search", search::search);
            c.routes.get("/api/suggest", lookups::suggest);
            c.routes.get("/api/articles/{id}", lookups::article);
            c.routes.get("/api/facets/{name}", lookups::facet);
            c.routes.get("/api/articles/{id}/related", followUps::related);
            c.routes.get("/api/export", followUps::export);
            c.routes.get("/feed", followUps::feed);
            c.routes.get("/health", lookups::health);
            c.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            c.routes.get("/", pages::search);
            c.routes.get("/artikel/{id}", pages::article);
            c.routes.get("/fragments/search", pages::searchFragment);
            c.routes.get("/fragments/facets/{name}", pages::facetFragment);
            c.routes.get("/assets/{name}", assets::serve);
        });
    }

    private static boolean needsElasticsearch(String path) {
        return path.equals("/") || path.startsWith("/artikel/") || path.startsWith("/api/")
                || path.startsWith(ErrorMapping.FRAGMENTS);
    }
}
