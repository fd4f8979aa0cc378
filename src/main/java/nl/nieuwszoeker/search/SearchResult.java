package nl.nieuwszoeker.search;

import java.util.List;

/**
 * The answer of GET /api/search, and what the server-rendered page shows. Field names are the JSON names.
 *
 * @param relaxations on zero results: for each active filter, how many hits dropping it would give back
 * @param didYouMean a corrected query that finds more, offered as a link
 * @param correctedFrom set when the typed query found nothing and these are the results of {@code correctedTo}
 *                      instead: the text as typed (search it again with literal=1)
 */
public record SearchResult(
        Total total,
        long took,
        int page,
        int size,
        List<Hit> hits,
        List<FacetResult> facets,
        Histogram histogram,
        String didYouMean,
        List<Relaxation> relaxations,
        String correctedFrom,
        String correctedTo,
        Histogram mentionedHistogram) {

    SearchResult withDidYouMean(String query) {
        return new SearchResult(total, took, page, size, hits, facets, histogram, query, relaxations, correctedFrom,
                correctedTo, mentionedHistogram);
    }

    /** These results, found for {@code correctedTo} after {@code typed} found nothing. */
    SearchResult corrected(String typed, String correction) {
        return new SearchResult(total, took, page, size, hits, facets, histogram, null, relaxations, typed,
                correction, mentionedHistogram);
    }

    public record Total(long value, boolean exact) {}

    /** One result; {@code snippet} is HTML: escaped article text with only {@code <mark>} tags as markup. */
    public record Hit(String id, String title, String published, String source, String section, String url,
                      String snippet, Entities entities) {}

    public record Entities(List<String> persons, List<String> places, List<String> organisations) {}

    public record FacetResult(String name, String label, List<FacetValue> values) {}

    public record FacetValue(String value, long count, boolean selected) {}

    /** Counts per period; {@code interval} is "day", "month" or "year", keys are ISO dates (period start). */
    public record Histogram(String interval, List<Bucket> buckets) {}

    public record Bucket(String key, long count) {}

    /**
     * Dropping filter {@code param}={@code value} (or the date range, param "date", or the range of mentioned dates,
     * param "mentioned") would give {@code total} hits.
     */
    public record Relaxation(String param, String value, long total) {}
}
