package nl.nieuwszoeker.support;

import java.nio.file.Path;
import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.es.ElasticsearchProvider;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/**
 * The image docker-compose.yml runs: the official one (stock analysis-common) plus the Dutch plugin, built from
 * docker/elasticsearch/Dockerfile with the same files compose sends. The stock-name plugin is not installed there.
 */
final class ContainerNode implements ElasticsearchProvider {

    private static final String DOCKERFILE = "docker/elasticsearch/Dockerfile";

    private final ElasticsearchContainer container;
    private final EsSettings connection;

    private ContainerNode(ElasticsearchContainer container) {
        this.container = container;
        this.connection = TestElasticsearch.plain("http://" + container.getHttpHostAddress());
    }

    @SuppressWarnings("resource")
    static ContainerNode start(String version) {
        Path repo = Path.of("").toAbsolutePath();
        // Kept after the run, so Docker's layer cache spares the Maven stage until the sources change.
        var image = new ImageFromDockerfile("nieuwszoeker-elasticsearch:test", false)
                .withDockerfilePath(DOCKERFILE)
                .withFileFromPath(DOCKERFILE, repo.resolve(DOCKERFILE))
                .withFileFromPath("pom.xml", repo.resolve("pom.xml"))
                .withFileFromPath("src/main", repo.resolve("src/main"))
                .withFileFromPath("mappings", repo.resolve("mappings"))
                .withBuildArg("ELASTICSEARCH_VERSION", version);
        var name = DockerImageName.parse(image.get())
                .asCompatibleSubstituteFor("docker.elastic.co/elasticsearch/elasticsearch");
        var container = new ElasticsearchContainer(name)
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
        return "Testcontainers " + container.getDockerImageName() + " (official image plus the Dutch plugin)";
    }

    @Override
    public void close() {
        container.stop();
    }
}
