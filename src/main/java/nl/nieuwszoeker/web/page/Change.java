package nl.nieuwszoeker.web.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.SearchRequest;

/** The searches one click away from the current one; every change but paging starts again at page 1. */
final class Change {

    private Change() {}

    static SearchRequest add(SearchRequest r, Facet facet, String value) {
        var filters = copy(r.filters());
        var values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        if (!values.contains(value)) {
            values.add(value);
        }
        filters.put(facet, values);
        return with(r, filters, r.from(), r.to(), r.sort(), 1);
    }

    static SearchRequest remove(SearchRequest r, Facet facet, String value) {
        var filters = copy(r.filters());
        var values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        values.remove(value);
        if (values.isEmpty()) {
            filters.remove(facet);
        } else {
            filters.put(facet, values);
        }
        return with(r, filters, r.from(), r.to(), r.sort(), 1);
    }

    static SearchRequest toggle(SearchRequest r, Facet facet, String value) {
        return r.filters().getOrDefault(facet, List.of()).contains(value) ? remove(r, facet, value) : add(r, facet, value);
    }

    static SearchRequest dates(SearchRequest r, LocalDate from, LocalDate to) {
        return with(r, r.filters(), from, to, r.sort(), 1);
    }

    static SearchRequest mentioned(SearchRequest r, LocalDate from, LocalDate to) {
        return new SearchRequest(r.q(), r.filters(), r.from(), r.to(), r.sort(), 1, r.size(), from, to);
    }

    static SearchRequest clearFilters(SearchRequest r) {
        return mentioned(with(r, Map.of(), null, null, r.sort(), 1), null, null);
    }

    static SearchRequest sort(SearchRequest r, SearchRequest.Sort sort) {
        return with(r, r.filters(), r.from(), r.to(), sort, 1);
    }

    static SearchRequest page(SearchRequest r, int page) {
        return with(r, r.filters(), r.from(), r.to(), r.sort(), page);
    }

    static SearchRequest query(SearchRequest r, String q) {
        return new SearchRequest(q, r.filters(), r.from(), r.to(), r.sort(), 1, r.size(), r.mentionedFrom(),
                r.mentionedTo());
    }

    static SearchRequest withoutQuery(SearchRequest r) {
        return query(r, "");
    }

    static boolean hasFilters(SearchRequest r) {
        return !r.filters().isEmpty() || r.from() != null || r.to() != null || r.hasMentionedRange();
    }

    private static SearchRequest with(SearchRequest r, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
                                      SearchRequest.Sort sort, int page) {
        return new SearchRequest(r.q(), filters, from, to, sort, page, r.size(), r.mentionedFrom(), r.mentionedTo());
    }

    private static EnumMap<Facet, List<String>> copy(Map<Facet, List<String>> filters) {
        var out = new EnumMap<Facet, List<String>>(Facet.class);
        out.putAll(filters);
        return out;
    }
}
