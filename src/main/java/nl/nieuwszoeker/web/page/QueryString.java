package nl.nieuwszoeker.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.ArticleSearch;
import nl.nieuwszoeker.search.ArticleSearch.Sort;

/** Writes a ArticleSearch back as the query string the API and the page read, so every link is a search. */
public final class QueryString {

    public static final int DEFAULT_SIZE = 10;

    private QueryString() {}

    /** The request as a query string without a leading '?'; defaults are left out. */
    public static String of(ArticleSearch r) {
        var parts = new ArrayList<String>();
        if (r.q() != null && !r.q().isBlank()) {
            parts.add(pair("q", r.q()));
        }
        for (Facet facet : Facet.values()) {
            for (String v : r.filters().getOrDefault(facet, List.of())) {
                parts.add(pair(facet.param(), v));
            }
        }
        if (r.from() != null) {
            parts.add(pair("from", r.from().toString()));
        }
        if (r.to() != null) {
            parts.add(pair("to", r.to().toString()));
        }
        if (r.mentionedFrom() != null) {
            parts.add(pair("mentioned_from", r.mentionedFrom().toString()));
        }
        if (r.mentionedTo() != null) {
            parts.add(pair("mentioned_to", r.mentionedTo().toString()));
        }
        if (r.sort() != null && r.sort() != Sort.RELEVANCE) {
            parts.add(pair("sort", sortName(r.sort())));
        }
        if (r.size() != DEFAULT_SIZE) {
            parts.add(pair("size", Integer.toString(r.size())));
        }
        if (r.page() > 1) {
            parts.add(pair("page", Integer.toString(r.page())));
        }
        return String.join("&", parts);
    }

    /** A link to the search page for this request. */
    public static String href(ArticleSearch r) {
        String query = of(r);
        return query.isEmpty() ? "/" : "/?" + query;
    }

    public static String sortName(Sort sort) {
        return sort.name().toLowerCase(Locale.ROOT);
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
