package nl.nieuwszoeker.es;

import nl.nieuwszoeker.config.AppConfig;

/** Picks the source of Elasticsearch: the configured cluster if there is one, else the embedded default. */
public final class Provisioning {

    public static final String DEFAULT_REPOSITORY = "https://repo1.maven.org/maven2/";

    private Provisioning() {}

    public static ElasticsearchProvider provide(AppConfig config) {
        if (config.elasticsearch().external()) {
            return new ExternalCluster(config.elasticsearch());
        }
        return EmbeddedNode.start(distribution(config), config.paths().state().resolve("node"), config.elasticsearch());
    }

    public static Distribution distribution(AppConfig config) {
        String repository = System.getenv().getOrDefault("NZ_MAVEN_REPOSITORY", DEFAULT_REPOSITORY);
        return new Distribution(BuildInfo.load().elasticsearchVersion(), config.paths().cache(), repository);
    }
}
