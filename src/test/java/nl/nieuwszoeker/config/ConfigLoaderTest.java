package nl.nieuwszoeker.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @Test
    void severalUrlsAreKeptInOrder() {
        var es = ConfigLoader.load(Map.of("ES_URLS", "https://es1:9200, https://es2:9200,https://es3"), null).elasticsearch();
        assertEquals(List.of(URI.create("https://es1:9200"), URI.create("https://es2:9200"), URI.create("https://es3")),
                es.urls());
    }

    @Test
    void credentialsInAUrlMoveIntoTheSettingsAndOutOfTheUrl() {
        var es = ConfigLoader.load(Map.of("ES_URLS", "https://nz:p%40ss+word@es1:9200"), null).elasticsearch();
        assertEquals(URI.create("https://es1:9200"), es.urls().get(0));
        assertEquals("nz", es.username());
        assertEquals("p@ss+word", es.password());
        assertFalse(es.toString().contains("p@ss"), es.toString());
    }

    @Test
    void explicitCredentialsWinOverOnesInTheUrl() {
        var es = ConfigLoader.load(Map.of("ES_URLS", "https://a:b@es1:9200", "ES_USERNAME", "nz", "ES_PASSWORD", "secret"),
                null).elasticsearch();
        assertEquals("nz", es.username());
        assertEquals("secret", es.password());
    }

    @Test
    void aMalformedUrlIsReportedWithoutItsPassword() {
        var e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(Map.of("ES_URLS", "https://nz:hunter22@es 1:9200"), null));
        assertEquals("ES_URLS entry 'https://***@es 1:9200' is not a URL like https://host:9200", e.getMessage());
    }

    @Test
    void environmentVariablesWinOverTheConfigFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nz.properties");
        Files.writeString(file, "elasticsearch.urls=https://from-file:9200\nelasticsearch.retries=5\n"
                + "elasticsearch.timeout_ms=1500\nindex.shards=3\nindex.replicas=2\n");
        AppConfig config = ConfigLoader.load(Map.of("ES_URLS", "https://from-env:9200", "NZ_REPLICAS", "1"), file);
        assertEquals(URI.create("https://from-env:9200"), config.elasticsearch().urls().get(0));
        assertEquals(5, config.elasticsearch().retries());
        assertEquals(1500, config.elasticsearch().requestTimeout().toMillis());
        assertEquals(new ShardSettings(3, 1), config.shards());
    }

    @Test
    void shardsAndReplicasDefaultToTheMappingFile() {
        ShardSettings shards = ConfigLoader.load(Map.of(), null).shards();
        assertNull(shards.shards());
        assertNull(shards.replicas());
    }

    @Test
    void impossibleNumbersAreRejectedByName() {
        assertTrue(assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of("NZ_SHARDS", "0"), null))
                .getMessage().startsWith("NZ_SHARDS must be 1 or more"));
        assertTrue(assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of("NZ_REPLICAS", "-1"), null))
                .getMessage().startsWith("NZ_REPLICAS must be 0 or more"));
        assertTrue(assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of("ES_RETRIES", "-1"), null))
                .getMessage().startsWith("ES_RETRIES must be 0 or more"));
        assertTrue(assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of("ES_TIMEOUT_MS", "soon"), null))
                .getMessage().startsWith("ES_TIMEOUT_MS must be a whole number"));
    }

    @Test
    void aCaFileAndAFingerprintTogetherAreRejected() {
        var e = assertThrows(ConfigException.class, () -> ConfigLoader.load(
                Map.of("ES_CA_CERT", "/tmp/ca.crt", "ES_CA_FINGERPRINT", "ab".repeat(32)), null));
        assertEquals("set ES_CA_CERT or ES_CA_FINGERPRINT, not both", e.getMessage());
    }
}
