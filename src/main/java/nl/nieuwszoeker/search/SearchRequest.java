package nl.nieuwszoeker.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated search: free text, selected facet values (OR within a facet, AND across facets), an
 * optional date range, sort and paging. Built by the web layer, consumed by SearchService.
 */
public record SearchRequest(
        String q,
        Map<Facet, List<String>> filters,
        LocalDate from,
        LocalDate to,
        Sort sort,
        int page,
        int size) {

    public enum Sort { RELEVANCE, NEWEST, OLDEST }
}
