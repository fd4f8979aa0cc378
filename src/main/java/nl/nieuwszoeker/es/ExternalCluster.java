package nl.nieuwszoeker.es;

import nl.nieuwszoeker.config.EsSettings;

/** A cluster the user runs; used as it is and never stopped by us. */
public record ExternalCluster(EsSettings connection) implements ElasticsearchProvider {

    @Override
    public boolean usesAnalysisPlugin() {
        return false;
    }

    @Override
    public String description() {
        return "external Elasticsearch at " + connection.urls();
    }

    @Override
    public void close() {}
}
