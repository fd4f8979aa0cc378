package nl.nieuwszoeker.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FilterAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.model.Fields;

/** Full-text search with facets over the articles alias. */
public final class SearchService {

    /** Fewer hits than this and the answer also carries a spelling suggestion. */
    static final int FEW_HITS = 3;

    private final ElasticsearchClient client;
    private final String alias;
    private final String timeout;
    private final CorpusSpan span;
    private final FollowUp followUp;
    private final Spelling spelling;

    public SearchService(ElasticsearchClient client, String alias) {
        this(client, alias, Duration.ofSeconds(10));
    }

    /** @param timeout how long Elasticsearch may spend on one search before the answer is a 504 */
    public SearchService(ElasticsearchClient client, String alias, Duration timeout) {
        this.client = client;
        this.alias = alias;
        this.timeout = timeout.toMillis() + "ms";
        this.span = new CorpusSpan(client, alias);
        this.followUp = new FollowUp(client, alias);
        this.spelling = new Spelling(client, alias);
    }

    public String alias() {
        return alias;
    }

    public SearchResult search(String q, int size) {
        return search(new ArticleSearch(q, Map.of(), null, null, ArticleSearch.Sort.RELEVANCE, 1, size));
    }

    public SearchResult search(ArticleSearch request) {
        return search(request, true);
    }

    /**
     * @param autoCorrect when the text finds nothing and a misspelling has a confident correction, answer with
     *                    the corrected results (marked with {@code correctedFrom}); false searches the text as typed
     */
    public SearchResult search(ArticleSearch request, boolean autoCorrect) {
        UserQuery parsed = UserQuery.parse(request.q());
        SearchResult result = run(request, parsed);
        long total = result.total().value();
        if (total >= FEW_HITS || parsed.plainWords().isEmpty()) {
            return result;
        }
        Spelling.Correction correction = spelling.correct(request, parsed, total);
        if (correction == null) {
            return result;
        }
        if (correction.confident() && autoCorrect) {
            var corrected = request.withText(correction.query());
            return run(corrected, UserQuery.parse(correction.query())).corrected(request.q(), correction.query());
        }
        return result.withDidYouMean(correction.query());
    }

    private SearchResult run(ArticleSearch request, UserQuery parsed) {
        Query text = SearchQueries.text(parsed);
        CalendarInterval interval = span.interval();
        SearchResponse<Article> response;
        try {
            response = client.search(SearchBody.build(alias, request, text, interval, timeout), Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (response.timedOut()) {
            throw new SearchTimeout();
        }
        var totalHits = response.hits().total();
        long total = totalHits == null ? response.hits().hits().size() : totalHits.value();
        boolean exact = totalHits == null || totalHits.relation() == TotalHitsRelation.Eq;
        Map<String, Aggregate> aggs = response.aggregations();

        List<SearchResult.Relaxation> relaxations = List.of();
        if (total == 0) {
            boolean relaxText = !parsed.groups().isEmpty() && !SearchQueries.filters(request, null, true).isEmpty();
            relaxations = relaxations(request, aggs, relaxText ? followUp.withoutText(request) : null);
        }
        return new SearchResult(new SearchResult.Total(total, exact), response.took(), request.page(), request.size(),
                response.hits().hits().stream().map(SearchService::toHit).toList(),
                facets(request, aggs), histogram(request, aggs, interval), null, relaxations, null, null,
                mentioned(request, aggs));
    }

    private static List<SearchResult.FacetResult> facets(ArticleSearch request, Map<String, Aggregate> aggs) {
        var out = new ArrayList<SearchResult.FacetResult>();
        for (Facet f : Facet.values()) {
            List<String> selected = request.filters().getOrDefault(f, List.of());
            FilterAggregate agg = aggs.get(SearchBody.group(request, f)).filter();
            var counts = new LinkedHashMap<String, Long>();
            for (StringTermsBucket b : agg.aggregations().get(SearchBody.top(f)).sterms().buckets().array()) {
                counts.put(b.key().stringValue(), b.docCount());
            }
            Aggregate chosen = agg.aggregations().get(SearchBody.selected(f));
            if (chosen != null) {
                for (StringTermsBucket b : chosen.sterms().buckets().array()) {
                    counts.putIfAbsent(b.key().stringValue(), b.docCount());
                }
            }
            for (String value : selected) {
                counts.putIfAbsent(value, 0L);
            }
            List<SearchResult.FacetValue> values = counts.entrySet().stream()
                    .map(e -> new SearchResult.FacetValue(e.getKey(), e.getValue(), selected.contains(e.getKey())))
                    .toList();
            out.add(new SearchResult.FacetResult(f.param(), f.label(), values));
        }
        return out;
    }

    private static SearchResult.Histogram histogram(ArticleSearch request, Map<String, Aggregate> aggs,
                                                    CalendarInterval interval) {
        var buckets = aggs.get(SearchBody.dateGroup(request)).filter().aggregations().get(SearchBody.DATES).dateHistogram()
                .buckets().array().stream()
                .map(b -> new SearchResult.Bucket(b.keyAsString(), b.docCount())).toList();
        return new SearchResult.Histogram(CorpusSpan.name(interval), buckets);
    }

    /** Articles per year they mention: the second timeline. */
    private static SearchResult.Histogram mentioned(ArticleSearch request, Map<String, Aggregate> aggs) {
        var buckets = aggs.get(SearchBody.mentionedGroup(request)).filter().aggregations().get(SearchBody.MENTIONED_DATES)
                .dateHistogram()
                .buckets().array().stream()
                .map(b -> new SearchResult.Bucket(b.keyAsString(), b.docCount())).toList();
        return new SearchResult.Histogram("year", buckets);
    }

    /** The facet aggregations already hold "all filters but this one" under the query: those are the counts. */
    private static List<SearchResult.Relaxation> relaxations(ArticleSearch request, Map<String, Aggregate> aggs,
                                                             Long withoutText) {
        var out = new ArrayList<SearchResult.Relaxation>();
        for (Facet f : Facet.values()) {
            List<String> selected = request.filters().getOrDefault(f, List.of());
            if (!selected.isEmpty()) {
                long n = aggs.get(SearchBody.group(request, f)).filter().docCount();
                out.add(new SearchResult.Relaxation(f.param(), String.join(", ", selected), n));
            }
        }
        if (request.from() != null || request.to() != null) {
            long n = aggs.get(SearchBody.dateGroup(request)).filter().docCount();
            String range = (request.from() == null ? "" : request.from()) + ".." + (request.to() == null ? "" : request.to());
            out.add(new SearchResult.Relaxation("date", range, n));
        }
        if (request.hasMentionedRange()) {
            long n = aggs.get(SearchBody.mentionedGroup(request)).filter().docCount();
            String range = (request.mentionedFrom() == null ? "" : request.mentionedFrom()) + ".."
                    + (request.mentionedTo() == null ? "" : request.mentionedTo());
            out.add(new SearchResult.Relaxation("mentioned", range, n));
        }
        if (withoutText != null) {
            out.add(new SearchResult.Relaxation("q", request.q(), withoutText));
        }
        return out;
    }

    private static SearchResult.Hit toHit(Hit<Article> hit) {
        Article a = hit.source();
        List<String> fragments = hit.highlight().get(Fields.BODY);
        String snippet = SnippetTrim.withoutTitle(fragments == null || fragments.isEmpty() ? "" : fragments.get(0), a.title());
        return new SearchResult.Hit(hit.id(), a.title(), a.published(), a.source(), a.section(), a.url(), snippet,
                new SearchResult.Entities(orEmpty(a.persons()), orEmpty(a.places()), orEmpty(a.organisations())));
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }
}
