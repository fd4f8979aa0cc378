package nl.nieuwszoeker.analysis.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import nl.nieuwszoeker.es.EsClients;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.Test;

/** On the embedded node, settings the plugin does not support fail index creation with a clear reason. */
class PluginRejectsUnsupportedSettingsIT {

    /** Sent as raw JSON: the typed client would already refuse an unknown parameter before the node sees it. */
    private String createWithFilter(String filterJson) {
        assumeTrue(TestElasticsearch.provider().usesAnalysisPlugin(),
                "only the embedded node runs the plugin; a stock node has its own analysis-common");
        String settings = "{\"settings\":{\"analysis\":{\"filter\":{\"f\":" + filterJson + "},"
                + "\"analyzer\":{\"a\":{\"tokenizer\":\"standard\",\"filter\":[\"f\"]}}}}}";
        RestClient rest = EsClients.restClient(TestElasticsearch.client());
        var request = new Request("PUT", "/rejects-" + System.nanoTime());
        request.setJsonEntity(settings);
        var e = assertThrows(ResponseException.class, () -> rest.performRequest(request));
        assertEquals(400, e.getResponse().getStatusLine().getStatusCode());
        return e.getMessage();
    }

    @Test
    void unknownParameterNamesTheParameter() {
        String e = createWithFilter("{\"type\":\"asciifolding\",\"preserve_orignal\":true}");
        assertTrue(e.contains("does not support [preserve_orignal]"), e);
    }

    @Test
    void stemmerLanguageOtherThanDutchIsRefused() {
        String e = createWithFilter("{\"type\":\"stemmer\",\"language\":\"german\"}");
        assertTrue(e.contains("stemmer language [german] is not provided"), e);
    }
}
