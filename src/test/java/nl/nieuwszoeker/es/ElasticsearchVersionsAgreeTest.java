package nl.nieuwszoeker.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.nieuwszoeker.node.PluginZips;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The pom declares the Elasticsearch version; the Docker files cannot read it, so this test holds them together. */
class ElasticsearchVersionsAgreeTest {

    private static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:";
    private static final Path DOCKERFILE = Path.of("docker/elasticsearch/Dockerfile");

    @Test
    void theEmbeddedDefaultRunsThePomVersion() throws IOException {
        assertEquals(pomVersion(), BuildInfo.load().elasticsearchVersion());
    }

    @Test
    void theComposeFileBuildsTheOfficialImageOfThePomVersionPlusTheDutchPlugin() throws IOException {
        Map<?, ?> build = (Map<?, ?>) composeService("elasticsearch").get("build");
        assertEquals(DOCKERFILE.toString(), build.get("dockerfile"));
        String dockerfile = Files.readString(DOCKERFILE);
        assertTrue(dockerfile.contains("\nARG ELASTICSEARCH_VERSION=" + pomVersion() + "\n"),
                DOCKERFILE + " and <elasticsearch.version> in pom.xml disagree");
        assertTrue(dockerfile.contains("\nFROM " + IMAGE + "${ELASTICSEARCH_VERSION}\n"), "the base must be the official image");
        assertTrue(dockerfile.contains("bin/elasticsearch-plugin install --batch file:///tmp/" + PluginZips.DUTCH + ".zip"),
                "the image must install the Dutch plugin");
        assertFalse(dockerfile.contains(PluginZips.STOCK), "a stock image has analysis-common; the stock-name plugin would clash");
    }

    @Test
    void theComposeAppWaitsForAHealthyElasticsearchAndACompletedIndexer() throws IOException {
        Map<?, ?> dependsOn = (Map<?, ?>) composeService("app").get("depends_on");
        assertEquals("service_healthy", ((Map<?, ?>) dependsOn.get("elasticsearch")).get("condition"));
        assertEquals("service_completed_successfully", ((Map<?, ?>) dependsOn.get("indexer")).get("condition"));
        assertTrue(composeService("elasticsearch").containsKey("healthcheck"));
    }

    private static String pomVersion() throws IOException {
        Matcher m = Pattern.compile("<elasticsearch\\.version>([^<]+)</elasticsearch\\.version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), "pom.xml declares no <elasticsearch.version>");
        return m.group(1).trim();
    }

    private static Map<?, ?> composeService(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            Map<?, ?> compose = new Yaml().load(r);
            Map<?, ?> service = (Map<?, ?>) ((Map<?, ?>) compose.get("services")).get(name);
            assertTrue(service != null, "docker-compose.yml has no service " + name);
            return service;
        }
    }
}
