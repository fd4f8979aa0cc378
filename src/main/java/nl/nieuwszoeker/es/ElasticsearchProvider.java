package nl.nieuwszoeker.es;

import nl.nieuwszoeker.config.EsSettings;

/** One source of a running Elasticsearch: an external cluster, a container, or the embedded node. */
public interface ElasticsearchProvider extends AutoCloseable {

    /** How to connect to it, in the same form a user gives for an external cluster. */
    EsSettings connection();

    /** Whether the node runs this project's stock-name analysis plugin instead of the stock analysis-common module. */
    boolean usesAnalysisPlugin();

    String description();

    @Override
    void close();
}
