package nl.nieuwszoeker.web;

import io.javalin.http.Context;
import nl.nieuwszoeker.search.SearchResult;
import nl.nieuwszoeker.search.SearchService;

/** Request and response IO for search; the search itself lives in SearchService. */
final class SearchController {

    private final SearchService service;

    SearchController(SearchService service) {
        this.service = service;
    }

    void search(Context ctx) {
        ctx.json(service.search(SearchParams.search(ctx)));
    }

    void page(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > SearchParams.MAX_QUERY_LENGTH) {
            throw new BadRequest("q", "q is longer than " + SearchParams.MAX_QUERY_LENGTH + " characters");
        }
        SearchResult result = service.search(q, 10);
        var html = new StringBuilder("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Nieuwszoeker</title></head><body>")
                .append("<form method=\"get\" action=\"/\"><label for=\"q\">Zoek</label> <input id=\"q\" name=\"q\" value=\"")
                .append(Html.escape(q == null ? "" : q)).append("\"><button>Zoek</button></form>")
                .append("<p>").append(result.total().value()).append(" resultaten</p><ol>");
        for (SearchResult.Hit hit : result.hits()) {
            html.append("<li><h2>").append(Html.escape(hit.title())).append("</h2><p>").append(hit.snippet()).append("</p></li>");
        }
        ctx.contentType("text/html; charset=utf-8").result(html.append("</ol></body></html>").toString());
    }
}
