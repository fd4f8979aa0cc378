package nl.nieuwszoeker.es;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.node.EmbeddedNode;
import nl.nieuwszoeker.node.PluginZips;
import nl.nieuwszoeker.node.Provisioning;
import nl.nieuwszoeker.node.TestNodes;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node given every plugin but the Dutch one, as a stock cluster nobody installed it on: the app and the indexer
 * stop at start-up with one line saying what is missing and how to install it, and create nothing.
 */
class MissingDutchPluginIT {

    private static EmbeddedNode node;
    private static ElasticsearchClient client;

    @BeforeAll
    static void startNodeWithoutTheDutchPlugin() throws IOException {
        Path state = TestElasticsearch.nodeState().resolveSibling("without-dutch");
        TestNodes.wipe(state);
        var settings = new EsSettings(List.of(), null, null, null, null, null, Duration.ofSeconds(30), 3, "256m", null);
        node = EmbeddedNode.start(Provisioning.distribution(TestElasticsearch.config()), state, settings,
                PluginZips.forEmbeddedNode().without(PluginZips.DUTCH));
        client = EsClients.create(node.connection());
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            EsClients.close(client);
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void theCheckNamesTheNodeThePluginAndHowToInstallIt() {
        var e = assertThrows(ProvisionException.class, () -> DutchPluginCheck.require(client));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("Elasticsearch node(s) [embedded] lack the analysis plugin "
                + PluginZips.DUTCH), e.getMessage());
        assertTrue(e.getMessage().contains("bin/elasticsearch-plugin install --batch file:///"), e.getMessage());
    }

    @Test
    void aNodeWithThePluginPasses() {
        assertDoesNotThrow(() -> DutchPluginCheck.require(TestElasticsearch.client()));
    }

    @Test
    void creatingTheIndexAnywayGivesTheSameAdviceNotARawUnknownFilterError() {
        var e = assertThrows(ProvisionException.class, () -> IndexSchema.create(client, "articles-no-plugin"));
        assertTrue(e.getMessage().startsWith("Elasticsearch has no filter type [dutch_"), e.getMessage());
        assertTrue(e.getMessage().contains(PluginZips.DUTCH + ".zip"), e.getMessage());
    }

    @Test
    void theIndexerStopsWithExitTwoAndOneLineBeforeCreatingAnything(@TempDir Path tmp) throws Exception {
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "nieuwszoeker.jar").toString(), "index", "--seeds", "seeds");
        var builder = new ProcessBuilder(command);
        builder.environment().put("ES_URLS", node.connection().urls().get(0).toString());
        builder.environment().put("NZ_INDEX", "never-created");
        Path err = tmp.resolve("stderr.txt");
        Process process = builder.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the indexer did not stop");

        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("error: ")).toList();
        assertEquals(2, process.exitValue(), String.join("\n", Files.readAllLines(err)));
        assertEquals(1, lines.size(), String.join("\n", Files.readAllLines(err)));
        assertTrue(lines.get(0).startsWith("error: Elasticsearch node(s) [embedded] lack the analysis plugin "
                + PluginZips.DUTCH), lines.get(0));
        assertTrue(client.indices().get(r -> r.index("never-created*")).result().isEmpty(), "nothing may be created");
    }
}
