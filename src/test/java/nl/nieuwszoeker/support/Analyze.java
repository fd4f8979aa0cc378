package nl.nieuwszoeker.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Runs an analyzer of a real index through the node's _analyze API. */
public final class Analyze {
    private Analyze() {}

    public static List<String> tokens(ElasticsearchClient client, String index, String analyzer, String text) {
        try {
            return client.indices().analyze(a -> a.index(index).analyzer(analyzer).text(text))
                    .tokens().stream().map(AnalyzeToken::token).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
