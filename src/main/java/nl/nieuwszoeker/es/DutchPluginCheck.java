package nl.nieuwszoeker.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.nodes.info.NodeInfo;
import co.elastic.clients.elasticsearch._types.PluginStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The index's analysis needs the Dutch plugin on every node that may hold a shard. Checked once at start-up, so
 * a cluster without it stops the app with one line that says what to do, instead of a raw "unknown filter" later.
 */
public final class DutchPluginCheck {

    private DutchPluginCheck() {}

    public static void require(ElasticsearchClient client) {
        List<String> missing;
        try {
            missing = nodesWithout(client.nodes().info(r -> r.metric("plugins")).nodes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!missing.isEmpty()) {
            throw missingOn(String.join(", ", missing));
        }
    }

    static List<String> nodesWithout(Map<String, NodeInfo> nodes) {
        var missing = new TreeSet<String>();
        nodes.forEach((id, node) -> {
            if (node.plugins() == null || node.plugins().stream().map(PluginStats::name).noneMatch(PluginZips.DUTCH::equals)) {
                missing.add(node.name());
            }
        });
        return List.copyOf(missing);
    }

    static ProvisionException missingOn(String nodes) {
        return new ProvisionException("Elasticsearch node(s) [" + nodes + "] lack the analysis plugin " + PluginZips.DUTCH
                + " that the index needs: " + HOW_TO_INSTALL);
    }

    /** For a node that refused the index anyway, e.g. one that joined the cluster after the start-up check. */
    static ProvisionException unknownComponent(String kind, String type, Throwable cause) {
        return new ProvisionException("Elasticsearch has no " + kind + " type [" + type + "], which the index needs and"
                + " the analysis plugin " + PluginZips.DUTCH + " provides: " + HOW_TO_INSTALL, cause);
    }

    private static final String HOW_TO_INSTALL = "install es-plugins/" + PluginZips.DUTCH + ".zip (built by `mvn package`"
            + " into target/es-plugins) on every node with `bin/elasticsearch-plugin install --batch file:///path/to/"
            + PluginZips.DUTCH + ".zip` and restart it (Elastic Cloud: upload it as a custom plugin);"
            + " see docs/analysis-plugin.md";
}
