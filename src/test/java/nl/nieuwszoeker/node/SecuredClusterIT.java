package nl.nieuwszoeker.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.config.ConfigLoader;
import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.es.EsClients;
import nl.nieuwszoeker.es.ProvisionException;
import nl.nieuwszoeker.support.CapturedOutput;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One embedded node with security and HTTPS on, configured from its CA and certificate like a real cluster,
 * and reached only through the same environment variables a user sets.
 */
class SecuredClusterIT {

    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static EmbeddedNode node;
    private static String url;
    private static Path caCert;

    @BeforeAll
    static void startSecuredNode() throws IOException {
        Path state = TestElasticsearch.nodeState().resolveSibling("secured");
        TestNodes.wipe(state);
        node = EmbeddedNode.start(Provisioning.distribution(TestElasticsearch.config()), state, heap("256m"),
                PluginZips.forEmbeddedNode(),
                EmbeddedSecurity.https(PASSWORD));
        url = node.connection().urls().get(0).toString();
        caCert = node.connection().caCertificate();
    }

    @AfterAll
    static void stopSecuredNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aPasswordOverHttpsWithTheCaFileConnects() throws IOException {
        ElasticsearchClient client = connect(Map.of("ES_URLS", url, "ES_USERNAME", "elastic", "ES_PASSWORD", PASSWORD,
                "ES_CA_CERT", caCert.toString()));
        try {
            client.index(i -> i.index("secured-it").id("1").document(Map.of("title", "beveiligd")).refresh(
                    co.elastic.clients.elasticsearch._types.Refresh.True));
            assertEquals(1, client.count(c -> c.index("secured-it")).count());
        } finally {
            EsClients.close(client);
        }
    }

    @Test
    void theCaFingerprintConnectsWithoutTheCaFile() throws Exception {
        ElasticsearchClient client = connect(Map.of("ES_URLS", url, "ES_USERNAME", "elastic", "ES_PASSWORD", PASSWORD,
                "ES_CA_FINGERPRINT", colonSeparated(fingerprint(caCert))));
        try {
            assertFalse(client.cluster().health().clusterName().isEmpty());
        } finally {
            EsClients.close(client);
        }
    }

    @Test
    void anApiKeyMadeByTheClusterConnects() throws IOException {
        ElasticsearchClient admin = connect(Map.of("ES_URLS", url, "ES_USERNAME", "elastic", "ES_PASSWORD", PASSWORD,
                "ES_CA_CERT", caCert.toString()));
        String encoded;
        try {
            encoded = admin.security().createApiKey(k -> k.name("nieuwszoeker-it")).encoded();
        } finally {
            EsClients.close(admin);
        }
        ElasticsearchClient client = connect(Map.of("ES_URLS", url, "ES_API_KEY", encoded, "ES_CA_CERT", caCert.toString()));
        try {
            assertEquals("nieuwszoeker-it", client.security().authenticate().apiKey().name());
        } finally {
            EsClients.close(client);
        }
    }

    @Test
    void anApiKeyTheClusterDoesNotKnowIsReportedAsAnAuthenticationFailure() {
        String apiKey = fakeApiKey();
        var e = assertThrows(ProvisionException.class,
                () -> connect(Map.of("ES_URLS", url, "ES_API_KEY", apiKey, "ES_CA_CERT", caCert.toString())));
        assertTrue(e.getMessage().contains("authentication failed for the API key in ES_API_KEY"), e.getMessage());
        assertFalse(everything(e).contains(apiKey));
    }

    @Test
    void credentialsInTheUrlAreUsedAndRemovedFromIt() throws IOException {
        String withUserInfo = url.replace("https://", "https://elastic:" + PASSWORD + "@");
        AppConfig config = ConfigLoader.load(Map.of("ES_URLS", withUserInfo, "ES_CA_CERT", caCert.toString()), null);
        assertEquals(url, config.elasticsearch().urls().get(0).toString());
        ElasticsearchClient client = EsClients.connect(config.elasticsearch());
        try {
            assertEquals("elastic", client.security().authenticate().username());
        } finally {
            EsClients.close(client);
        }
    }

    @Test
    void aConfigFileConfiguresTheConnectionToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nieuwszoeker.properties");
        Files.writeString(file, "elasticsearch.urls=" + url + "\nelasticsearch.username=elastic\n"
                + "elasticsearch.password=" + PASSWORD + "\nelasticsearch.ca_cert=" + caCert + "\n");
        ElasticsearchClient client = EsClients.connect(ConfigLoader.load(Map.of(), file).elasticsearch());
        try {
            assertEquals("elastic", client.security().authenticate().username());
        } finally {
            EsClients.close(client);
        }
    }

    @Test
    void aWrongPasswordNamesTheUserAndNotThePassword() {
        String wrong = "wrong-" + UUID.randomUUID();
        var e = assertThrows(ProvisionException.class, () -> connect(Map.of("ES_URLS", url, "ES_USERNAME", "elastic",
                "ES_PASSWORD", wrong, "ES_CA_CERT", caCert.toString())));
        assertTrue(e.getMessage().contains("authentication failed for user elastic"), e.getMessage());
        assertFalse(everything(e).contains(wrong));
    }

    @Test
    void noCredentialsSaysWhichSettingsAreMissing() {
        var e = assertThrows(ProvisionException.class,
                () -> connect(Map.of("ES_URLS", url, "ES_CA_CERT", caCert.toString())));
        assertTrue(e.getMessage().contains("set ES_USERNAME and ES_PASSWORD, or ES_API_KEY"), e.getMessage());
    }

    @Test
    void aCaThatDidNotSignTheServerCertificateIsATlsError(@TempDir Path dir) throws Exception {
        Path otherCa = selfSignedCertificate(dir);
        var e = assertThrows(ProvisionException.class, () -> connect(Map.of("ES_URLS", url, "ES_USERNAME", "elastic",
                "ES_PASSWORD", PASSWORD, "ES_CA_CERT", otherCa.toString())));
        assertTrue(e.getMessage().contains("TLS handshake failed"), e.getMessage());
        assertTrue(e.getMessage().contains("not signed by the CA in ES_CA_CERT " + otherCa), e.getMessage());
    }

    @Test
    void aWrongFingerprintIsATlsError() {
        var e = assertThrows(ProvisionException.class, () -> connect(Map.of("ES_URLS", url, "ES_USERNAME", "elastic",
                "ES_PASSWORD", PASSWORD, "ES_CA_FINGERPRINT", "00".repeat(32))));
        assertTrue(e.getMessage().contains("TLS handshake failed"), e.getMessage());
        assertTrue(e.getMessage().contains("ES_CA_FINGERPRINT"), e.getMessage());
    }

    @Test
    void withoutACaTheSelfSignedCertificateIsRejectedWithAHint() {
        var e = assertThrows(ProvisionException.class, () -> connect(Map.of("ES_URLS", url, "ES_USERNAME", "elastic",
                "ES_PASSWORD", PASSWORD)));
        assertTrue(e.getMessage().contains("TLS handshake failed"), e.getMessage());
        assertTrue(e.getMessage().contains("set ES_CA_CERT"), e.getMessage());
    }

    @Test
    void plainHttpToAnHttpsNodeSuggestsHttps() {
        var e = assertThrows(ProvisionException.class, () -> connect(Map.of("ES_URLS", url.replace("https", "http"),
                "ES_USERNAME", "elastic", "ES_PASSWORD", PASSWORD, "ES_RETRIES", "0")));
        assertTrue(e.getMessage().contains("https://"), e.getMessage());
    }

    @Test
    void neitherThePasswordNorAnApiKeyReachesTheLogOrAnyMessage() throws Exception {
        String apiKey = fakeApiKey();
        String apiKeySecret = new String(java.util.Base64.getDecoder().decode(apiKey)).split(":")[1];
        String wrongPassword = "wrong-" + UUID.randomUUID();
        var messages = new StringBuilder();
        String log;
        try (var output = new CapturedOutput()) {
            var good = Map.of("ES_URLS", url + "," + url.replace("https", "http"), "ES_USERNAME", "elastic",
                    "ES_PASSWORD", PASSWORD, "ES_CA_CERT", caCert.toString());
            AppConfig config = ConfigLoader.load(good, null);
            messages.append(config).append(config.elasticsearch()).append('\n');
            for (Map<String, String> env : List.of(
                    Map.of("ES_URLS", url, "ES_USERNAME", "elastic", "ES_PASSWORD", wrongPassword,
                            "ES_CA_CERT", caCert.toString()),
                    Map.of("ES_URLS", url, "ES_API_KEY", apiKey + "x", "ES_CA_CERT", caCert.toString()),
                    Map.of("ES_URLS", url, "ES_USERNAME", "elastic", "ES_PASSWORD", PASSWORD),
                    Map.of("ES_URLS", url.replace("https://", "https://elastic:" + wrongPassword + "@")
                            + ",https://elastic:" + PASSWORD + "@127.0.0.1:9", "ES_RETRIES", "1",
                            "ES_CA_CERT", caCert.toString()),
                    Map.of("ES_URLS", "https://elastic:" + PASSWORD + "@not a host:9200"))) {
                try {
                    EsClients.close(connect(env));
                    messages.append("connected with ").append(ConfigLoader.load(env, null).elasticsearch());
                } catch (RuntimeException e) {
                    messages.append(everything(e));
                }
            }
            ElasticsearchClient client = connect(good);
            try {
                client.search(s -> s.index("no-such-index-" + UUID.randomUUID()), Map.class);
            } catch (RuntimeException e) {
                messages.append(everything(e));
            } finally {
                EsClients.close(client);
            }
            log = output.text();
        }
        String all = log + messages;
        assertTrue(all.contains("authentication failed for user elastic"), all);
        assertTrue(all.contains("no such index"), all);
        for (String secret : List.of(PASSWORD, wrongPassword, apiKey, apiKeySecret)) {
            assertFalse(all.contains(secret), "a secret leaked into:\n" + all);
        }
    }

    private static ElasticsearchClient connect(Map<String, String> env) {
        var withTimeout = new HashMap<>(env);
        withTimeout.putIfAbsent("ES_TIMEOUT_MS", "20000");
        return EsClients.connect(ConfigLoader.load(withTimeout, null).elasticsearch());
    }

    private static String fakeApiKey() {
        String idAndSecret = UUID.randomUUID().toString().substring(0, 20) + ":" + UUID.randomUUID();
        return java.util.Base64.getEncoder().encodeToString(idAndSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static EsSettings heap(String heap) {
        return new EsSettings(List.of(), null, null, null, null, null, Duration.ofSeconds(30), 3, heap, null);
    }

    private static String fingerprint(Path pem) throws Exception {
        try (var in = Files.newInputStream(pem)) {
            var certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        }
    }

    private static String colonSeparated(String hex) {
        return String.join(":", hex.toUpperCase().split("(?<=\\G..)"));
    }

    /** A CA of our own, unrelated to the node's, made with the JDK's keytool. */
    private static Path selfSignedCertificate(Path dir) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Path store = dir.resolve("other.p12");
        Path pem = dir.resolve("other-ca.crt");
        run(keytool.toString(), "-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=Some Other CA", "-ext", "bc:c", "-validity", "2", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit");
        run(keytool.toString(), "-exportcert", "-rfc", "-alias", "ca", "-keystore", store.toString(),
                "-storepass", "changeit", "-file", pem.toString());
        return pem;
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    private static String everything(Throwable e) {
        var text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
