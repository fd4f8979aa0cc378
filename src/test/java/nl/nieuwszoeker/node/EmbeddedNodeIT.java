package nl.nieuwszoeker.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.es.ProvisionException;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.Test;

class EmbeddedNodeIT {

    private static EsSettings withHeap(String heap) {
        return new EsSettings(List.of(), null, null, null, null, null, java.time.Duration.ofSeconds(30), 3, heap, null);
    }

    private static Distribution distribution() {
        return Provisioning.distribution(TestElasticsearch.config());
    }

    /** The shared embedded node's client, after one document was indexed and made searchable in index. */
    private static ElasticsearchClient embeddedWithOneDocument(String index) throws IOException {
        assumeTrue(TestElasticsearch.provider() instanceof EmbeddedNode, "restart is a property of the embedded node");
        ElasticsearchClient client = TestElasticsearch.client();
        client.index(i -> i.index(index).id("1").document(Map.of("title", "blijft bewaard")));
        client.indices().refresh(r -> r.index(index));
        return client;
    }

    @Test
    void restartKeepsTheIndexedData() throws IOException {
        embeddedWithOneDocument("restart-check");

        TestElasticsearch.restartEmbedded();

        ElasticsearchClient after = TestElasticsearch.client();
        assertEquals(1, after.count(c -> c.index("restart-check")).count());
        assertTrue(after.get(g -> g.index("restart-check").id("1"), Map.class).found());
    }

    @Test
    void aTestNodeKilledMidRunIsReportedAndStartedAgainOnItsPortWithItsData() throws Exception {
        ElasticsearchClient before = embeddedWithOneDocument("kill-check");
        EmbeddedNode killed = (EmbeddedNode) TestElasticsearch.provider();
        var url = killed.connection().urls().get(0);

        ProcessHandle launcher = ProcessHandle.of(killed.pid()).orElseThrow();
        List<ProcessHandle> tree = new java.util.ArrayList<>(launcher.descendants().toList());
        tree.add(launcher);
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : tree) {
            p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertTrue(killed.exitReport().contains("exited with status 137 (SIGKILL"), killed.exitReport());

        ElasticsearchClient after = TestElasticsearch.client();
        assertEquals(url, TestElasticsearch.provider().connection().urls().get(0));
        assertEquals(1, after.count(c -> c.index("kill-check")).count());
        assertEquals(1, before.count(c -> c.index("kill-check")).count(), "a client held from before must still work");
    }

    @Test
    void aNodeLeftByACrashedRunIsStoppedBeforeANewOneStarts(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path state = stateUnder("crash");
        EmbeddedNode orphan = EmbeddedNode.start(distribution(), state, withHeap("256m"));
        ProcessHandle orphanProcess = ProcessHandle.of(orphan.pid()).orElseThrow();
        // The orphan is never closed, as after a kill -9 of the app; its pid file stays behind.
        try (EmbeddedNode next = EmbeddedNode.start(distribution(), state, withHeap("256m"))) {
            assertFalse(orphanProcess.isAlive(), "the orphaned node must have been stopped");
            assertTrue(next.connection().urls().get(0).toString().startsWith("http://127.0.0.1:"));
        } finally {
            orphan.close();
        }
    }

    @Test
    void aNodeThatCannotStartReportsTheTailOfItsLog() {
        Path state = stateUnder("broken");
        var e = assertThrows(ProvisionException.class,
                () -> EmbeddedNode.start(distribution(), state, withHeap("not-a-size")));
        assertTrue(e.getMessage().contains("Last lines of"), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("heap"), e.getMessage());
    }

    @Test
    void aTakenPortIsReportedWithTheSettingToChange() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var e = assertThrows(ProvisionException.class, () -> TestNodes.choosePort(taken.getLocalPort()));
            assertTrue(e.getMessage().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"));
            assertTrue(e.getMessage().contains("NZ_ES_PORT"));
        }
    }

    @Test
    void anUnreachableDownloadNamesTheArtifactAndHowToFetchIt(@org.junit.jupiter.api.io.TempDir Path cache) {
        var missing = new Distribution("0.0.0-missing", cache, "http://127.0.0.1:9/");
        var e = assertThrows(ProvisionException.class, missing::ensure);
        assertTrue(e.getMessage().contains("org.elasticsearch.distribution.integ-test-zip:elasticsearch:0.0.0-missing:zip"));
        assertTrue(e.getMessage().contains("mvn dependency:get -Dartifact="), e.getMessage());
    }

    private static Path stateUnder(String name) {
        Path state = TestElasticsearch.nodeState().resolveSibling(name);
        try {
            TestNodes.wipe(state);
            Files.createDirectories(state);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return state;
    }
}
