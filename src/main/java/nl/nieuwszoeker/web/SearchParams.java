package nl.nieuwszoeker.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.SearchRequest;
import nl.nieuwszoeker.search.SearchRequest.Sort;

/**
 * Reads the query string of /api/search and of the page at / into a validated SearchRequest.
 * Parameters: q, one per facet (place, person, org, source, section, tag, length; repeatable), from and to
 * (yyyy-mm-dd, inclusive), sort (relevance|newest|oldest), page (from 1), size (0-100). Unknown ones are ignored.
 */
final class SearchParams {

    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 100;
    static final int MAX_QUERY_LENGTH = 500;
    static final int MAX_WINDOW = 10_000;

    private SearchParams() {}

    static SearchRequest search(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        String q = first(params, "q");
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new BadRequest("q", "q may be at most " + MAX_QUERY_LENGTH + " characters");
        }
        var filters = new EnumMap<Facet, List<String>>(Facet.class);
        for (Facet facet : Facet.values()) {
            var values = new LinkedHashSet<String>();
            for (String v : params.getOrDefault(facet.param(), List.of())) {
                if (v != null && !v.isBlank()) {
                    values.add(v.strip());
                }
            }
            if (!values.isEmpty()) {
                filters.put(facet, List.copyOf(values));
            }
        }
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("from", "from (" + from + ") lies after to (" + to + ")");
        }
        Sort sort = sort(first(params, "sort"));
        int size = number(params, "size", DEFAULT_SIZE, 0, MAX_SIZE);
        int page = number(params, "page", 1, 1, Integer.MAX_VALUE);
        if ((long) page * Math.max(size, 1) > MAX_WINDOW) {
            throw new BadRequest("page", "page " + page + " lies beyond the first " + MAX_WINDOW + " results");
        }
        return new SearchRequest(q, Map.copyOf(filters), from, to, sort, page, size);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    private static LocalDate date(Map<String, List<String>> params, String name) {
        String raw = first(params, name);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest(name, name + " must be a date like 2025-03-31, not '" + raw + "'");
        }
    }

    private static Sort sort(String raw) {
        if (raw == null) {
            return Sort.RELEVANCE;
        }
        for (Sort s : Sort.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(raw.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new BadRequest("sort", "sort must be relevance, newest or oldest, not '" + raw + "'");
    }

    private static int number(Map<String, List<String>> params, String name, int fallback, int min, int max) {
        String raw = first(params, name);
        if (raw == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n < min || n > max) {
                throw new BadRequest(name, name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name, name + " must be a whole number, not '" + raw + "'");
        }
    }
}
