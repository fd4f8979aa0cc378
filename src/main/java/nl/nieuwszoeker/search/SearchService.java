package nl.nieuwszoeker.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.indexing.Article;

/** Full-text search over the articles alias. */
public final class SearchService {

    private final ElasticsearchClient client;
    private final String alias;

    public SearchService(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public SearchResult search(String q, int size) {
        return search(new SearchRequest(q, java.util.Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 1, size));
    }

    public SearchResult search(SearchRequest request) {
        String q = request.q();
        int size = request.size();
        try {
            SearchResponse<Article> response = client.search(s -> s
                    .index(alias)
                    .size(size)
                    .query(query -> q == null || q.isBlank()
                            ? query.matchAll(m -> m)
                            : query.bool(b -> b
                                    .must(m -> m.multiMatch(mm -> mm.query(q).fields("title^3", "body")
                                            .type(TextQueryType.BestFields).operator(Operator.And)))
                                    // The word as typed outranks the same word found inside a compound.
                                    .should(m -> m.multiMatch(mm -> mm.query(q).fields("title.exact^3", "body.exact").boost(4f)))))
                    .highlight(h -> h.encoder(co.elastic.clients.elasticsearch.core.search.HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .fields("body", f -> f.fragmentSize(180).numberOfFragments(1).noMatchSize(180))),
                    Article.class);
            List<SearchResult.Hit> hits = response.hits().hits().stream().map(SearchService::toHit).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new SearchResult(new SearchResult.Total(total, true), response.took(), request.page(), size, hits,
                    List.of(), new SearchResult.Histogram("month", List.of()), null, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchResult.Hit toHit(Hit<Article> hit) {
        Article a = hit.source();
        Map<String, List<String>> hl = hit.highlight();
        String snippet = hl.getOrDefault("body", List.of("")).get(0);
        return new SearchResult.Hit(hit.id(), a.title(), a.published(), a.source(), a.section(), a.url(), snippet,
                new SearchResult.Entities(a.persons(), a.places(), a.organisations()));
    }
}
