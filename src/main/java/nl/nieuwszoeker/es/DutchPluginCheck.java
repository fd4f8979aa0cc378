package nl.nieuwszoeker.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;
import org.elasticsearch.client.Request;

/**
 * The index's analysis needs the Dutch plugin on every node that may hold a shard. Checked once at start-up, so
 * a cluster without it stops the app with one line that says what to do, instead of a raw "unknown filter" later.
 */
public final class DutchPluginCheck {

    /** The plugin's name, as nodes list it and as its zip is called. */
    public static final String PLUGIN = "nieuwszoeker-dutch-analysis";

    private static final String HOW_TO_INSTALL = "install es-plugins/" + PLUGIN + ".zip (built by `mvn package`"
            + " into target/es-plugins) on every node with `bin/elasticsearch-plugin install --batch file:///path/to/"
            + PLUGIN + ".zip` and restart it (Elastic Cloud: upload it as a custom plugin);"
            + " see docs/analysis-plugin.md";

    private DutchPluginCheck() {}

    public static void require(ElasticsearchClient client) {
        List<String> missing = nodesWithout(nodesPlugins(client));
        if (!missing.isEmpty()) {
            throw missingOn(String.join(", ", missing));
        }
    }

    /**
     * Through the low-level client: the typed {@code nodes().info()} of client 8.19 insists on a plugin class name,
     * which a stable plugin has none of, and fails to read the answer of a node that has the Dutch plugin.
     */
    private static JsonNode nodesPlugins(ElasticsearchClient client) {
        var request = new Request("GET", "/_nodes/plugins");
        request.addParameter("filter_path", "nodes.*.name,nodes.*.plugins.name");
        try (var body = EsClients.restClient(client).performRequest(request).getEntity().getContent()) {
            return new ObjectMapper().readTree(body).path("nodes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> nodesWithout(JsonNode nodes) {
        var missing = new TreeSet<String>();
        nodes.forEach(node -> {
            boolean has = false;
            for (JsonNode plugin : node.path("plugins")) {
                has |= PLUGIN.equals(plugin.path("name").asText());
            }
            if (!has) {
                missing.add(node.path("name").asText());
            }
        });
        return List.copyOf(missing);
    }

    static ProvisionException missingOn(String nodes) {
        return new ProvisionException("Elasticsearch node(s) [" + nodes + "] lack the analysis plugin " + PLUGIN
                + " that the index needs: " + HOW_TO_INSTALL);
    }

    /** For a node that refused the index anyway, e.g. one that joined the cluster after the start-up check. */
    static ProvisionException unknownComponent(String kind, String type, Throwable cause) {
        return new ProvisionException("Elasticsearch has no " + kind + " type [" + type + "], which the index needs and"
                + " the analysis plugin " + PLUGIN + " provides: " + HOW_TO_INSTALL, cause);
    }
}
