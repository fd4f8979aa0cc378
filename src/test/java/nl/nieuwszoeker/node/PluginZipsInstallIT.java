package nl.nieuwszoeker.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.Test;

/** The zips `mvn package` builds are accepted by Elasticsearch's own plugin installer, as a cluster admin runs it. */
class PluginZipsInstallIT {

    @Test
    void theInstallerAcceptsBothZipsAndListsThem() throws Exception {
        Path state = TestElasticsearch.nodeState().resolveSibling("installer");
        TestNodes.wipe(state);
        Path dist = Provisioning.distribution(TestElasticsearch.config()).ensure();
        NodeLayout home = NodeLayout.prepare(dist, state, RunAs.forCurrentUser(), new PluginZips(List.of()));

        for (Path zip : PluginZips.forEmbeddedNode().zips()) {
            var run = installer(home, "install", "--batch", zip.toUri().toString());
            assertEquals(0, run.status(), run.output());
        }
        var list = installer(home, "list");
        assertEquals(0, list.status(), list.output());
        assertTrue(list.output().contains(PluginZips.DUTCH), list.output());
        assertTrue(list.output().contains(PluginZips.STOCK), list.output());
        assertTrue(Files.isRegularFile(home.home().resolve("plugins").resolve(PluginZips.DUTCH)
                .resolve("named_components.json")), "the installer keeps the zip's component list");
    }

    private record Run(int status, String output) {}

    private static Run installer(NodeLayout home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.home().resolve("bin/elasticsearch-plugin").toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ES_PATH_CONF", home.home().resolve("config").toString());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the installer did not finish");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
