package nl.nieuwszoeker.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The second round trip on zero hits with filters: how many the filters alone would give, so the reader
 * sees what dropping the text brings back. (Spelling help lives in {@link Spelling}.)
 */
final class FollowUp {

    private final ElasticsearchClient client;
    private final String index;

    FollowUp(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    long withoutText(ArticleSearch request) {
        try {
            return client.count(c -> c.index(index).query(SearchQueries.all(SearchQueries.filters(request, null, true))))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
