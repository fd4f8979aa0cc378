package nl.nieuwszoeker.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated search: free text, selected facet values (OR within a facet, AND across facets), an
 * optional date range, sort and paging, and an optional range of dates the articles mention. Built by the
 * web layer, consumed by SearchService.
 */
public record ArticleSearch(
        String q,
        Map<Facet, List<String>> filters,
        LocalDate from,
        LocalDate to,
        Sort sort,
        int page,
        int size,
        LocalDate mentionedFrom,
        LocalDate mentionedTo) {

    /** A search without a range of mentioned dates. */
    public ArticleSearch(String q, Map<Facet, List<String>> filters, LocalDate from, LocalDate to, Sort sort, int page,
                         int size) {
        this(q, filters, from, to, sort, page, size, null, null);
    }

    /** The same search for other text, every filter kept. */
    public ArticleSearch withText(String text) {
        return new ArticleSearch(text, filters, from, to, sort, page, size, mentionedFrom, mentionedTo);
    }

    /** The same search and filters, from the first page, in another order and page size. */
    public ArticleSearch firstPage(Sort order, int pageSize) {
        return new ArticleSearch(q, filters, from, to, order, 1, pageSize, mentionedFrom, mentionedTo);
    }

    public boolean hasMentionedRange() {
        return mentionedFrom != null || mentionedTo != null;
    }

    public enum Sort { RELEVANCE, NEWEST, OLDEST }
}
