package nl.nieuwszoeker.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.node.TestNodes;
import nl.nieuwszoeker.support.CapturedOutput;
import org.junit.jupiter.api.Test;

/** Client behaviour when nothing answers: no node needed, a port nobody listens on is enough. */
class EsClientsTest {

    private static EsSettings deadNode(int retries) {
        int port = TestNodes.choosePort(null); // free now, and nothing starts listening on it
        return new EsSettings(List.of(URI.create("http://127.0.0.1:" + port)), null, null, null, null, null,
                Duration.ofSeconds(5), retries, "256m", null);
    }

    @Test
    void aReadIsRetriedAsOftenAsEsRetriesSaysThenFails() {
        String log;
        try (var output = new CapturedOutput()) {
            ElasticsearchClient client = EsClients.create(deadNode(2));
            assertThrows(IOException.class, () -> client.count(c -> c.index("anything")));
            EsClients.close(client);
            log = output.text();
        }
        assertTrue(log.contains("Elasticsearch count failed (ConnectException); retry 1 of 2"), log);
        assertTrue(log.contains("retry 2 of 2"), log);
        assertFalse(log.contains("retry 3"), log);
    }

    @Test
    void aWriteIsNeverRetried() {
        String log;
        try (var output = new CapturedOutput()) {
            ElasticsearchClient client = EsClients.create(deadNode(3));
            assertThrows(IOException.class, () -> client.index(i -> i.index("anything").document(Map.of("a", 1))));
            EsClients.close(client);
            log = output.text();
        }
        assertFalse(log.contains("retry"), log);
    }

    @Test
    void anUnreachableClusterIsNamedWithTheSettingToCheck() {
        EsSettings settings = deadNode(0);
        var e = assertThrows(ProvisionException.class, () -> EsClients.connect(settings));
        assertEquals("Elasticsearch at " + settings.urls() + ": connection refused; is it running, and are the host"
                + " and port in ES_URLS right?", e.getMessage());
    }
}
