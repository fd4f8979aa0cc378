package nl.nieuwszoeker.search;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.model.Fields;

/**
 * The one Elasticsearch request behind a search: the text query scores, post_filter narrows the hits, and
 * each facet aggregates under every filter but its own (disjunctive facets), all in a single round trip.
 */
final class SearchBody {

    static final int FACET_SIZE = 10;
    /**
     * Each shard reports its own top values, so a value that is frequent overall but not in any one shard's top
     * list is undercounted or left out. Shards return this many values instead of the default (size * 1.5 + 10),
     * which makes the counts exact while a facet has at most this many distinct values per shard under the
     * query; on one shard Elasticsearch ignores it.
     */
    static final int FACET_SHARD_SIZE = 200;
    /** The filter aggregation of everything counted under all filters. */
    static final String ALL = "all";
    static final String HISTOGRAM = "histogram";
    static final String MENTIONED = "mentioned";
    static final String DATES = "dates";
    static final String MENTIONED_DATES = "mentioned_dates";
    static final List<String> HIT_SOURCE = List.of(Fields.TITLE, Fields.PUBLISHED, Fields.SOURCE, Fields.SECTION,
            Fields.URL, Fields.PERSONS, Fields.PLACES, Fields.ORGANISATIONS);

    private SearchBody() {}

    /** The aggregation group that counts facet {@code f}: its own filter set when it has a selection, else {@link #ALL}. */
    static String group(ArticleSearch r, Facet f) {
        return r.filters().getOrDefault(f, List.of()).isEmpty() ? ALL : "facet_" + f.param();
    }

    static String dateGroup(ArticleSearch r) {
        return r.from() == null && r.to() == null ? ALL : HISTOGRAM;
    }

    static String mentionedGroup(ArticleSearch r) {
        return r.hasMentionedRange() ? MENTIONED : ALL;
    }

    static String top(Facet f) {
        return "top_" + f.param();
    }

    static String selected(Facet f) {
        return "selected_" + f.param();
    }

    static co.elastic.clients.elasticsearch.core.SearchRequest build(String index, ArticleSearch r, Query text,
                                                                      CalendarInterval interval, String timeout) {
        List<Query> filters = SearchQueries.filters(r, null, true);
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
            s.index(index).timeout(timeout).query(text)
                    .from((r.page() - 1) * r.size()).size(r.size())
                    .source(src -> src.filter(f -> f.includes(HIT_SOURCE)))
                    .sort(sort(r.sort()))
                    .aggregations(aggregations(r, interval))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .fields(Fields.BODY, f -> f.type(HighlighterType.Unified).matchedFields(Fields.BODY, Fields.BODY_EXACT)
                                    .fragmentSize(180).numberOfFragments(1).noMatchSize(180)));
            if (!filters.isEmpty()) {
                s.postFilter(SearchQueries.all(filters));
            }
            return s;
        });
    }

    /**
     * Each facet and timeline counts under every filter but its own. Those without a selection of their own share
     * one filter aggregation (all filters), so a search pays for each distinct filter set once, not once per facet.
     */
    private static Map<String, Aggregation> aggregations(ArticleSearch r, CalendarInterval interval) {
        var subs = new LinkedHashMap<String, Map<String, Aggregation>>();
        var filters = new HashMap<String, Query>();
        for (Facet f : Facet.values()) {
            String g = group(r, f);
            var into = subs.computeIfAbsent(g, k -> new LinkedHashMap<>());
            into.put(top(f), Aggregation.of(a -> a.terms(t -> t.field(f.field()).size(FACET_SIZE)
                    .shardSize(FACET_SHARD_SIZE))));
            List<String> chosen = r.filters().getOrDefault(f, List.of());
            if (!chosen.isEmpty()) {
                into.put(selected(f), Aggregation.of(a -> a.terms(t -> t.field(f.field()).size(chosen.size())
                        .minDocCount(0).include(i -> i.terms(chosen)))));
            }
            filters.computeIfAbsent(g, k -> SearchQueries.all(SearchQueries.filters(r, g.equals(ALL) ? null : f, true)));
        }
        String dates = dateGroup(r);
        subs.computeIfAbsent(dates, k -> new LinkedHashMap<>()).put(DATES, Aggregation.of(a -> a.dateHistogram(h -> h
                .field(SearchQueries.DATE_FIELD).calendarInterval(interval).format("yyyy-MM-dd").minDocCount(0))));
        filters.computeIfAbsent(dates, k -> SearchQueries.all(SearchQueries.filters(r, null, k.equals(ALL))));
        String mentioned = mentionedGroup(r);
        subs.computeIfAbsent(mentioned, k -> new LinkedHashMap<>()).put(MENTIONED_DATES, Aggregation.of(a -> a
                .dateHistogram(h -> h.field(SearchQueries.MENTIONED_FIELD).calendarInterval(CalendarInterval.Year)
                        .format("yyyy-MM-dd").minDocCount(0))));
        filters.computeIfAbsent(mentioned, k -> SearchQueries.all(SearchQueries.filters(r, null, true, k.equals(ALL))));
        var aggs = new HashMap<String, Aggregation>();
        subs.forEach((g, inner) -> aggs.put(g, Aggregation.of(a -> a.filter(filters.get(g)).aggregations(inner))));
        return aggs;
    }

    static List<SortOptions> sort(ArticleSearch.Sort sort) {
        SortOptions score = SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc)));
        return switch (sort) {
            case RELEVANCE -> List.of(score, date(SortOrder.Desc));
            case NEWEST -> List.of(date(SortOrder.Desc), score);
            case OLDEST -> List.of(date(SortOrder.Asc), score);
        };
    }

    private static SortOptions date(SortOrder order) {
        return SortOptions.of(o -> o.field(f -> f.field(SearchQueries.DATE_FIELD).order(order).missing("_last")));
    }
}
