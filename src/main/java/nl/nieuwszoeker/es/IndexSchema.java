package nl.nieuwszoeker.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.nieuwszoeker.config.ShardSettings;

/**
 * The index settings and mappings, read from mappings/articles.json, the single source of truth;
 * only the shard and replica counts may be set per deployment on top of it.
 */
public final class IndexSchema {

    public static final String RESOURCE = "/mappings/articles.json";
    /** How a node that lacks an analysis component the settings name refuses the index. */
    private static final Pattern UNKNOWN_COMPONENT = Pattern.compile("[Uu]nknown (filter|tokenizer|char_filter) type \\[([^]]+)]");

    private IndexSchema() {}

    public static void create(ElasticsearchClient client, String index) {
        create(client, index, ShardSettings.FROM_MAPPING);
    }

    public static void create(ElasticsearchClient client, String index, ShardSettings shards) {
        String json = json(shards);
        try {
            client.indices().create(CreateIndexRequest.of(b -> b.index(index).withJson(new StringReader(json))));
        } catch (ElasticsearchException e) {
            Matcher unknown = UNKNOWN_COMPONENT.matcher(String.valueOf(e.error().reason()));
            if (unknown.find()) {
                throw DutchPluginCheck.unknownComponent(unknown.group(1), unknown.group(2), e);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The create-index body: the mapping file with the deployment's shard and replica counts applied. */
    public static String json(ShardSettings shards) {
        try (InputStream in = IndexSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            var mapper = new ObjectMapper();
            ObjectNode body = (ObjectNode) mapper.readTree(in);
            ObjectNode indexSettings = body.withObjectProperty("settings").withObjectProperty("index");
            if (shards.shards() != null) {
                indexSettings.put("number_of_shards", shards.shards());
            }
            if (shards.replicas() != null) {
                indexSettings.put("number_of_replicas", shards.replicas());
            }
            return mapper.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
