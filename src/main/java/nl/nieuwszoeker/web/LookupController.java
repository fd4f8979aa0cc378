package nl.nieuwszoeker.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.nieuwszoeker.search.ArticleSearch;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.LookupService;

/** Request and response IO for one article, autocomplete, facet values and health. */
final class LookupController {

    static final int MAX_PREFIX_LENGTH = 100;
    /** Values a search inside one facet returns by default, and the number the page shows. */
    static final int FACET_SEARCH_SIZE = 20;
    private final LookupService lookups;
    private final String esDescription;
    private final ServeState state;

    LookupController(LookupService lookups, String esDescription, ServeState state) {
        this.lookups = lookups;
        this.esDescription = esDescription;
        this.state = state;
    }

    void article(Context ctx) {
        SearchParams.rejectUnknown(ctx.queryParamMap(), Set.of(), false);
        String id = NotFound.articleId(ctx).orElseThrow(NotFound::article);
        ctx.json(lookups.article(id).orElseThrow(NotFound::article));
    }

    void suggest(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        SearchParams.rejectUnknown(params, Set.of("q", "size"), false);
        String q = SearchParams.single(params, "q");
        if (q == null) {
            throw new BadRequest("q", "q (the text typed so far) is required");
        }
        if (q.length() > MAX_PREFIX_LENGTH) {
            throw new BadRequest("q", "q is longer than " + MAX_PREFIX_LENGTH + " characters");
        }
        int size = SearchParams.integer(params, "size", 8);
        if (size < 1 || size > 20) {
            throw new BadRequest("size", "size must be between 1 and 20");
        }
        List<String> suggestions = q.isBlank() ? List.of() : lookups.suggest(q.strip(), size);
        ctx.json(Map.of("q", q, "suggestions", suggestions));
    }

    void facet(Context ctx) {
        var request = facetRequest(ctx, Set.of("size"));
        Map<String, List<String>> params = ctx.queryParamMap();
        int size = SearchParams.integer(params, "size", FACET_SEARCH_SIZE);
        if (size < 1 || size > SearchParams.MAX_SIZE) {
            throw new BadRequest("size", "size must be between 1 and " + SearchParams.MAX_SIZE);
        }
        ctx.json(lookups.facetValues(request.facet(), request.prefix(), size, request.context()));
    }

    /** A search among the values of one facet: which facet, the prefix typed, and the search it counts under. */
    record FacetRequest(Facet facet, String prefix, ArticleSearch context) {}

    /** @param extra parameters the caller reads or ignores itself, besides the prefix and the search context */
    static FacetRequest facetRequest(Context ctx, Set<String> extra) {
        String name = ctx.pathParam("name");
        Facet facet = Facet.byParam(name).orElseThrow(() -> new NotFound("unknown_facet",
                "No facet named '" + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "'; facets are "
                        + String.join(", ", java.util.Arrays.stream(Facet.values()).map(Facet::param).toList()) + ".",
                "name"));
        var allowed = new java.util.HashSet<>(extra);
        allowed.add("prefix");
        var context = SearchParams.context(ctx, allowed);
        String prefix = SearchParams.single(ctx.queryParamMap(), "prefix");
        if (prefix != null && prefix.length() > MAX_PREFIX_LENGTH) {
            throw new BadRequest("prefix", "prefix is longer than " + MAX_PREFIX_LENGTH + " characters");
        }
        return new FacetRequest(facet, prefix, context);
    }

    void health(Context ctx) {
        boolean restarting = state.restarting();
        LookupService.Health h = restarting
                ? new LookupService.Health(false, "restarting", null, "the embedded node is being restarted")
                : lookups.health();
        var es = new LinkedHashMap<String, Object>();
        es.put("status", h.cluster());
        es.put("description", esDescription);
        if (h.documents() != null) {
            es.put("documents", h.documents());
        }
        if (h.problem() != null) {
            es.put("problem", h.problem());
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("status", h.ok() ? "ok" : restarting ? "restarting" : "unavailable");
        body.put("app", "ok");
        body.put("elasticsearch", es);
        Object folder = state.folder().get();
        if (folder != null) {
            body.put("seeds", folder);
        }
        if (!h.ok()) {
            ctx.header("Retry-After", ErrorMapping.RETRY_AFTER_SECONDS);
        }
        ctx.status(h.ok() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }
}
