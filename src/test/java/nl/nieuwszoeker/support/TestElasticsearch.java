package nl.nieuwszoeker.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.config.ConfigLoader;
import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.es.ElasticsearchProvider;
import nl.nieuwszoeker.es.EsClients;
import nl.nieuwszoeker.es.ExternalCluster;
import nl.nieuwszoeker.node.EmbeddedNode;
import nl.nieuwszoeker.node.Provisioning;
import org.testcontainers.DockerClientFactory;

/**
 * One Elasticsearch for the whole test JVM, started on first use: the official image plus the Dutch plugin through
 * Testcontainers when a Docker engine is available, else the embedded node with the project's plugins.
 * ES_URLS points the tests at an existing cluster instead.
 */
public final class TestElasticsearch {

    private static ElasticsearchProvider provider;
    private static ElasticsearchClient client;

    private TestElasticsearch() {}

    public static synchronized ElasticsearchProvider provider() {
        if (provider == null) {
            provider = start();
            client = EsClients.create(provider.connection());
            System.out.println("[tests] Elasticsearch for this test run: " + provider.description());
            Runtime.getRuntime().addShutdownHook(new Thread(TestElasticsearch::stop));
        } else if (provider instanceof EmbeddedNode node && !node.alive()) {
            // One dead node must not fail every test after it: say why it died, then start it on the same port and
            // data (as the app's supervisor does), so the client that test classes already hold keeps working.
            System.out.println("[tests] The test node went away: " + node.exitReport());
            node.close();
            provider = startEmbedded(node.connection().embeddedPort());
            System.out.println("[tests] Started it again: " + provider.description());
        }
        return provider;
    }

    public static synchronized ElasticsearchClient client() {
        provider();
        return client;
    }

    /** Stops and starts the embedded node on the same port and data folder, as a user's restart would. */
    public static synchronized EmbeddedNode restartEmbedded() {
        if (!(provider() instanceof EmbeddedNode)) {
            throw new IllegalStateException("restart is only defined for the embedded node");
        }
        EmbeddedNode running = (EmbeddedNode) provider;
        running.close();
        provider = startEmbedded(running.connection().embeddedPort());
        return (EmbeddedNode) provider;
    }

    private static EmbeddedNode startEmbedded(Integer port) {
        return EmbeddedNode.start(Provisioning.distribution(config()), nodeState(),
                config().elasticsearch().forEmbeddedNode(port));
    }

    public static AppConfig config() {
        return ConfigLoader.load(Map.of(), null);
    }

    public static Path nodeState() {
        // One folder per checkout: several checkouts may run their tests at the same time.
        String checkout = Integer.toHexString(Path.of("").toAbsolutePath().toString().hashCode());
        return Path.of(System.getProperty("java.io.tmpdir"),
                "nieuwszoeker-test-" + System.getProperty("user.name") + "-" + checkout, "node");
    }

    private static ElasticsearchProvider start() {
        AppConfig config = ConfigLoader.load(System.getenv(), null);
        if (config.elasticsearch().external()) {
            return new ExternalCluster(config.elasticsearch());
        }
        if (dockerAvailable()) {
            return ContainerNode.start(nl.nieuwszoeker.es.BuildInfo.load().elasticsearchVersion());
        }
        System.out.println("[tests] No Docker engine here: integration tests use the embedded Elasticsearch node"
                + " with the project's analysis plugins instead of Testcontainers.");
        try {
            nl.nieuwszoeker.node.TestNodes.wipe(nodeState());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return EmbeddedNode.start(Provisioning.distribution(config), nodeState(), config.elasticsearch());
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static synchronized void stop() {
        if (client != null) {
            EsClients.close(client);
            client = null;
        }
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    /** Connection settings for a node without security at url, e.g. one that is not running. */
    public static EsSettings plainSettings(String url) {
        return plain(url);
    }

    static EsSettings plain(String url) {
        return new EsSettings(List.of(java.net.URI.create(url)), null, null, null, null, null,
                java.time.Duration.ofSeconds(30), 3, "512m", null);
    }
}
