package nl.nieuwszoeker.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.search.LookupService;
import nl.nieuwszoeker.search.RelatedService;
import nl.nieuwszoeker.search.SearchService;
import nl.nieuwszoeker.web.page.ArticlePage;
import nl.nieuwszoeker.web.page.Assets;
import nl.nieuwszoeker.web.page.SearchPage;

/**
 * The HTML pages: the search page at / (same parameters as /api/search) and one article at /artikel/{id}; and
 * the parts of the search page the script loads in place: /fragments/search (the page below its header, for
 * the same parameters as /) and /fragments/facets/{name} (the values a search inside one facet finds).
 */
final class PageController {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final SearchService search;
    private final LookupService lookups;
    private final Function<String, Optional<Article>> articles;
    private final Function<String, List<RelatedService.Related>> related;
    private final SearchPage searchPage;
    private final ArticlePage articlePage;
    private final Clock clock;

    PageController(SearchService search, LookupService lookups,
                   Function<String, List<RelatedService.Related>> related, Assets assets, Clock clock) {
        this.search = search;
        this.lookups = lookups;
        this.articles = lookups::article;
        this.related = related;
        this.searchPage = new SearchPage(assets);
        this.articlePage = new ArticlePage(assets);
        this.clock = clock;
    }

    void search(Context ctx) {
        var request = SearchParams.search(ctx);
        html(ctx, searchPage.render(request, search.search(request, !SearchParams.literal(ctx)), LocalDate.now(clock)));
    }

    void searchFragment(Context ctx) {
        var request = SearchParams.search(ctx);
        html(ctx, searchPage.fragment(request, search.search(request, !SearchParams.literal(ctx)), LocalDate.now(clock)));
    }

    /** Takes the search page's own parameters, so the script can pass its URL on; paging and sort do not count. */
    void facetFragment(Context ctx) {
        var request = LookupController.facetRequest(ctx, SEARCH_ONLY);
        html(ctx, searchPage.facetValues(lookups.facetValues(request.facet(), request.prefix(),
                LookupController.FACET_SEARCH_SIZE, request.context())));
    }

    private static final Set<String> SEARCH_ONLY = Set.of("sort", "page", "size", SearchParams.LITERAL);

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<Article> article = NotFound.articleId(ctx).flatMap(articles);
        if (article.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            html(ctx, articlePage.notFound(id));
            return;
        }
        html(ctx, articlePage.render(article.get(), related.apply(id)));
    }

    /** Every page carries a policy that allows only our own script and stylesheet. */
    static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
    }

    private static void html(Context ctx, String body) {
        securityHeaders(ctx);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/html; charset=utf-8").result(body);
    }
}
