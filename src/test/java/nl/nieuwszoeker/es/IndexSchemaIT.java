package nl.nieuwszoeker.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.config.ShardSettings;
import nl.nieuwszoeker.node.TestNodes;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.Test;

class IndexSchemaIT {

    @Test
    void shardsAndReplicasFromTheDeploymentOverrideTheMappingFileAndNothingElse() throws IOException {
        ElasticsearchClient client = TestElasticsearch.client();
        IndexSchema.create(client, "index-schema-it-sized", new ShardSettings(3, 1));
        IndexSchema.create(client, "index-schema-it-default");

        IndexSettings sized = settings(client, "index-schema-it-sized");
        IndexSettings fromMapping = settings(client, "index-schema-it-default");
        assertEquals("3", sized.numberOfShards());
        assertEquals("1", sized.numberOfReplicas());
        assertEquals("1", fromMapping.numberOfShards());
        assertEquals("0", fromMapping.numberOfReplicas());
        assertEquals(fromMapping.analysis().analyzer().keySet(), sized.analysis().analyzer().keySet());
        assertTrue(sized.analysis().analyzer().containsKey("dutch_text"));
    }

    @Test
    void aDeadUrlBeforeALiveOneFailsOverToTheLiveNode() throws IOException {
        EsSettings live = TestElasticsearch.provider().connection();
        var urls = new ArrayList<URI>();
        urls.add(URI.create("http://127.0.0.1:" + TestNodes.choosePort(null)));
        urls.addAll(live.urls());
        var both = new EsSettings(List.copyOf(urls), live.username(), live.password(), live.apiKey(),
                live.caCertificate(), live.caFingerprint(), live.requestTimeout(), 0, live.embeddedHeap(), null);
        ElasticsearchClient client = EsClients.connect(both);
        try {
            // The RestClient takes the hosts in turn, so some of these go to the dead one first; none may fail.
            for (int i = 0; i < 4; i++) {
                assertEquals(1, client.cluster().health().numberOfNodes());
            }
        } finally {
            EsClients.close(client);
        }
    }

    private static IndexSettings settings(ElasticsearchClient client, String index) throws IOException {
        IndexSettings all = client.indices().getSettings(g -> g.index(index)).get(index).settings();
        return all.index() != null ? all.index() : all;
    }
}
