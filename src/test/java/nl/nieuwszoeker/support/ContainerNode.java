package nl.nieuwszoeker.support;

import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.es.ElasticsearchProvider;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

/** The official image, which has the stock analysis-common module, so the plugin is not installed there. */
final class ContainerNode implements ElasticsearchProvider {

    private final ElasticsearchContainer container;
    private final EsSettings connection;

    private ContainerNode(ElasticsearchContainer container) {
        this.container = container;
        this.connection = TestElasticsearch.plain("http://" + container.getHttpHostAddress());
    }

    @SuppressWarnings("resource")
    static ContainerNode start(String version) {
        var container = new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:" + version)
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        container.start();
        return new ContainerNode(container);
    }

    @Override
    public EsSettings connection() {
        return connection;
    }

    @Override
    public boolean usesAnalysisPlugin() {
        return false;
    }

    @Override
    public String description() {
        return "Testcontainers " + container.getDockerImageName();
    }

    @Override
    public void close() {
        container.stop();
    }
}
