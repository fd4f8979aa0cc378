package nl.nieuwszoeker.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The index settings and mappings, read from mappings/articles.json, the single source of truth. */
public final class IndexSchema {

    public static final String RESOURCE = "/mappings/articles.json";

    private IndexSchema() {}

    public static void create(ElasticsearchClient client, String index) {
        try (InputStream json = IndexSchema.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            client.indices().create(CreateIndexRequest.of(b -> b.index(index).withJson(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
