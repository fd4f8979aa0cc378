package nl.nieuwszoeker.web.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.ArticleSearch;

/** The searches one click away from the current one; every change but paging starts again at page 1. */
final class Change {

    private Change() {}

    static ArticleSearch add(ArticleSearch r, Facet facet, String value) {
        var filters = copy(r.filters());
        var values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        if (!values.contains(value)) {
            values.add(value);
        }
        filters.put(facet, values);
        return with(r, filters, r.from(), r.to(), r.sort(), 1);
    }

    static ArticleSearch remove(ArticleSearch r, Facet facet, String value) {
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

    static ArticleSearch dates(ArticleSearch r, LocalDate from, LocalDate to) {
        return with(r, r.filters(), from, to, r.sort(), 1);
    }

    static ArticleSearch mentioned(ArticleSearch r, LocalDate from, LocalDate to) {
        return new ArticleSearch(r.q(), r.filters(), r.from(), r.to(), r.sort(), 1, r.size(), from, to);
    }

    static ArticleSearch clearFilters(ArticleSearch r) {
        return mentioned(with(r, Map.of(), null, null, r.sort(), 1), null, null);
    }

    static ArticleSearch sort(ArticleSearch r, ArticleSearch.Sort sort) {
        return with(r, r.filters(), r.from(), r.to(), sort, 1);
    }

    static ArticleSearch page(ArticleSearch r, int page) {
        return with(r, r.filters(), r.from(), r.to(), r.sort(), page);
    }

    static ArticleSearch query(ArticleSearch r, String q) {
        return new ArticleSearch(q, r.filters(), r.from(), r.to(), r.sort(), 1, r.size(), r.mentionedFrom(),
                r.mentionedTo());
    }

    static ArticleSearch withoutQuery(ArticleSearch r) {
        return query(r, "");
    }

    static boolean hasFilters(ArticleSearch r) {
        return !r.filters().isEmpty() || r.from() != null || r.to() != null || r.hasMentionedRange();
    }

    private static ArticleSearch with(ArticleSearch r, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
                                      ArticleSearch.Sort sort, int page) {
        return new ArticleSearch(r.q(), filters, from, to, sort, page, r.size(), r.mentionedFrom(), r.mentionedTo());
    }

    private static EnumMap<Facet, List<String>> copy(Map<Facet, List<String>> filters) {
        var out = new EnumMap<Facet, List<String>>(Facet.class);
        out.putAll(filters);
        return out;
    }
}
