package nl.nieuwszoeker.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.ArticleSearch;
import nl.nieuwszoeker.search.UserQuery;

/** Reads and validates the query string of the search endpoints; every mistake is a 400 naming its parameter. */
final class SearchParams {

    static final int MAX_QUERY_LENGTH = 1000;
    static final int MAX_SIZE = 100;
    static final int MAX_RESULT_WINDOW = 10_000;
    static final int MAX_VALUES = 50;
    static final int MAX_VALUE_LENGTH = 200;
    /** literal=1: search the words as typed, without replacing a misspelling by its correction. */
    static final String LITERAL = "literal";
    private static final Set<String> SEARCH = Set.of("q", "from", "to", "sort", "page", "size", LITERAL,
            "mentioned_from", "mentioned_to");

    private SearchParams() {}

    static ArticleSearch search(Context ctx) {
        return search(ctx.queryParamMap());
    }

    static ArticleSearch search(Map<String, List<String>> params) {
        rejectUnknown(params, SEARCH);
        int page = integer(params, "page", 1);
        int size = integer(params, "size", 10);
        if (page < 1) {
            throw new BadRequest("page", "page starts at 1");
        }
        if (size < 0 || size > MAX_SIZE) {
            throw new BadRequest("size", "size must be between 0 and " + MAX_SIZE);
        }
        if ((long) page * size > MAX_RESULT_WINDOW) {
            throw new BadRequest("page", "results beyond the first " + MAX_RESULT_WINDOW
                    + " cannot be paged to (page * size must be at most " + MAX_RESULT_WINDOW + "); narrow the search instead");
        }
        return context(params, page, size);
    }

    /** Whether the reader asked for the text as typed (literal=1 or true), instead of a spelling correction. */
    static boolean literal(Context ctx) {
        String raw = single(ctx.queryParamMap(), LITERAL);
        return raw != null && (raw.strip().equals("1") || raw.strip().equalsIgnoreCase("true"));
    }

    /** The text, filters and dates of a search, for endpoints that count under the current search. */
    static ArticleSearch context(Context ctx, Set<String> extra) {
        Map<String, List<String>> params = ctx.queryParamMap();
        var allowed = new java.util.HashSet<>(Set.of("q", "from", "to", "mentioned_from", "mentioned_to"));
        allowed.addAll(extra);
        rejectUnknown(params, allowed);
        return context(params, 1, 0);
    }

    private static ArticleSearch context(Map<String, List<String>> params, int page, int size) {
        String q = single(params, "q");
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new BadRequest("q", "q is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        String tooBig = UserQuery.parse(q).limitProblem();
        if (tooBig != null) {
            throw new BadRequest("q", tooBig);
        }
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("from", "from (" + from + ") is after to (" + to + ")");
        }
        LocalDate mentionedFrom = date(params, "mentioned_from");
        LocalDate mentionedTo = date(params, "mentioned_to");
        if (mentionedFrom != null && mentionedTo != null && mentionedFrom.isAfter(mentionedTo)) {
            throw new BadRequest("mentioned_from", "mentioned_from (" + mentionedFrom + ") is after mentioned_to ("
                    + mentionedTo + ")");
        }
        return new ArticleSearch(q, filters(params), from, to, sort(single(params, "sort")), page, size,
                mentionedFrom, mentionedTo);
    }

    static void rejectUnknown(Map<String, List<String>> params, Set<String> allowed) {
        rejectUnknown(params, allowed, true);
    }

    static void rejectUnknown(Map<String, List<String>> params, Set<String> allowed, boolean facets) {
        for (String name : params.keySet()) {
            if (!name.isEmpty() && !allowed.contains(name) && !(facets && Facet.byParam(name).isPresent())) {
                throw new BadRequest(name, "unknown parameter '" + clip(name) + "'");
            }
        }
    }

    private static Map<Facet, List<String>> filters(Map<String, List<String>> params) {
        var filters = new EnumMap<Facet, List<String>>(Facet.class);
        for (Facet f : Facet.values()) {
            List<String> values = params.getOrDefault(f.param(), List.of()).stream()
                    .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            if (values.size() > MAX_VALUES) {
                throw new BadRequest(f.param(), "at most " + MAX_VALUES + " values of " + f.param());
            }
            for (String v : values) {
                if (v.length() > MAX_VALUE_LENGTH) {
                    throw new BadRequest(f.param(), f.param() + " values are at most " + MAX_VALUE_LENGTH + " characters");
                }
            }
            if (!values.isEmpty()) {
                filters.put(f, values);
            }
        }
        return filters;
    }

    static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequest(name, name + " may be given only once");
        }
        return values.get(0);
    }

    static int integer(Map<String, List<String>> params, String name, int fallback) {
        String raw = single(params, name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(name, name + " must be a whole number");
        }
    }

    private static final Pattern DUTCH_DATE_FORM = Pattern.compile("\\d{1,2}-\\d{1,2}-\\d{4}");
    private static final java.time.format.DateTimeFormatter DUTCH_DATE = java.time.format.DateTimeFormatter
            .ofPattern("d-M-uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private static LocalDate date(Map<String, List<String>> params, String name) {
        String raw = single(params, name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            // The page's date fields are written the Dutch way, day first; the API's own form is ISO.
            return DUTCH_DATE_FORM.matcher(raw.strip()).matches() ? LocalDate.parse(raw.strip(), DUTCH_DATE)
                    : LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest(name, name + " must be a date like 2024-03-31 (yyyy-mm-dd) or 31-03-2024 (dd-mm-yyyy)");
        }
    }

    private static ArticleSearch.Sort sort(String raw) {
        if (raw == null || raw.isBlank()) {
            return ArticleSearch.Sort.RELEVANCE;
        }
        try {
            return ArticleSearch.Sort.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("sort", "sort must be relevance, newest or oldest");
        }
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
