package nl.nieuwszoeker.web;

import io.javalin.http.Context;
import nl.nieuwszoeker.search.SearchService;

/** Request and response IO for search; the search itself lives in SearchService. */
final class SearchController {

    private final SearchService service;

    SearchController(SearchService service) {
        this.service = service;
    }

    void search(Context ctx) {
        ctx.json(service.search(SearchParams.search(ctx), !SearchParams.literal(ctx)));
    }
}
