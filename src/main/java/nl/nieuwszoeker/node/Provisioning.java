package nl.nieuwszoeker.node;

import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.es.BuildInfo;
import nl.nieuwszoeker.es.ElasticsearchProvider;
import nl.nieuwszoeker.es.ExternalCluster;

/** Picks the source of Elasticsearch: the configured cluster if there is one, else the embedded default. */
public final class Provisioning {

    public static final String DEFAULT_REPOSITORY = "https://repo1.maven.org/maven2/";

    private Provisioning() {}

    public static ElasticsearchProvider provide(AppConfig config) {
        return provide(config, "command");
    }

    /** The embedded node is shared by every command on one data folder; command names this user of it. */
    public static ElasticsearchProvider provide(AppConfig config, String command) {
        if (config.elasticsearch().external()) {
            return new ExternalCluster(config.elasticsearch());
        }
        return SharedNode.acquire(distribution(config), config.paths().state().resolve("node"), config.elasticsearch(),
                command);
    }

    public static Distribution distribution(AppConfig config) {
        String repository = System.getenv().getOrDefault("NZ_MAVEN_REPOSITORY", DEFAULT_REPOSITORY);
        return new Distribution(BuildInfo.load().elasticsearchVersion(), config.paths().cache(), repository);
    }
}
