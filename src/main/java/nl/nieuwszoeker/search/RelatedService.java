package nl.nieuwszoeker.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Like;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.model.Fields;

/**
 * Articles like a given one: Elasticsearch's more_like_this over the analysed title and body and the entity
 * fields, the article itself excluded. A hit whose body says nearly the same in nearly the same words is
 * marked as a near-duplicate: the same story, usually from another source.
 */
public final class RelatedService {

    public static final int SIZE = 5;
    static final List<String> FIELDS = List.of(Fields.TITLE, Fields.BODY, Fields.PERSONS, Fields.PLACES, Fields.ORGANISATIONS);
    private static final List<String> SOURCE = List.of(Fields.TITLE, Fields.BODY, Fields.PUBLISHED, Fields.SOURCE, Fields.URL);

    /** One related article; {@code nearDuplicate} when its text overlaps the article's almost entirely. */
    public record Related(String id, String title, String published, String source, String url, double score,
                          boolean nearDuplicate) {}

    private final ElasticsearchClient client;
    private final String alias;

    public RelatedService(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** Up to {@link #SIZE} related articles, best first; empty when the article does not exist. */
    public Optional<List<Related>> related(String id) {
        try {
            var got = client.get(g -> g.index(alias).id(id).sourceIncludes(Fields.BODY), Article.class);
            if (!got.found()) {
                return Optional.empty();
            }
            String body = got.source() == null ? "" : got.source().body();
            // A small or single-topic corpus has few documents per term: count every term that occurs at all.
            var response = client.search(s -> s.index(alias).size(SIZE)
                    .source(src -> src.filter(f -> f.includes(SOURCE)))
                    .query(q -> q.bool(b -> b
                            .must(m -> m.moreLikeThis(mlt -> mlt.fields(FIELDS)
                                    .like(Like.of(l -> l.document(d -> d.index(alias).id(id))))
                                    .minTermFreq(1).minDocFreq(1).maxQueryTerms(40).minimumShouldMatch("20%")))
                            .mustNot(n -> n.ids(i -> i.values(id))))), Article.class);
            List<Related> out = response.hits().hits().stream().map(h -> related(h, body)).toList();
            return Optional.of(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Related related(Hit<Article> hit, String body) {
        Article a = hit.source();
        boolean duplicate = NearDuplicate.of(body, a.body());
        return new Related(hit.id(), a.title(), a.published(), a.source(), a.url(),
                hit.score() == null ? 0 : hit.score(), duplicate);
    }
}
