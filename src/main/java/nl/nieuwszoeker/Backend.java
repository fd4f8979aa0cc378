package nl.nieuwszoeker;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.es.DutchPluginCheck;
import nl.nieuwszoeker.es.ElasticsearchProvider;
import nl.nieuwszoeker.es.EsClients;
import nl.nieuwszoeker.node.Provisioning;

/** Elasticsearch and the one client of a command's run, closed together in reverse order. */
record Backend(ElasticsearchProvider provider, ElasticsearchClient client) implements AutoCloseable {

    static Backend start(AppConfig config, String command) {
        ElasticsearchProvider provider = Provisioning.provide(config, command);
        ElasticsearchClient client = null;
        try {
            client = EsClients.connect(provider.connection());
            DutchPluginCheck.require(client);
            return new Backend(provider, client);
        } catch (RuntimeException e) {
            if (client != null) {
                EsClients.close(client);
            }
            provider.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            EsClients.close(client);
        } finally {
            provider.close();
        }
    }
}
