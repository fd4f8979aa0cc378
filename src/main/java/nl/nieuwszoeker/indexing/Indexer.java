package nl.nieuwszoeker.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import nl.nieuwszoeker.config.ShardSettings;
import nl.nieuwszoeker.es.IndexSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds a fresh index from a folder of articles and points the alias at it once it is complete. */
public final class Indexer {

    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final ElasticsearchClient client;
    private final String alias;
    private final ShardSettings shards;

    public Indexer(ElasticsearchClient client, String alias) {
        this(client, alias, ShardSettings.FROM_MAPPING);
    }

    public Indexer(ElasticsearchClient client, String alias, ShardSettings shards) {
        this.client = client;
        this.alias = alias;
        this.shards = shards;
    }

    public record Report(String index, int read, int indexed, List<String> failures) {}

    public boolean aliasExists() {
        try {
            return client.indices().existsAlias(a -> a.name(alias)).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Report indexAll(Path folder) {
        try {
            List<Article> articles = SeedReader.read(folder);
            String index = alias + "-" + LocalDateTime.now().format(STAMP);
            IndexSchema.create(client, index, shards);
            var failures = new ConcurrentLinkedQueue<String>();
            try (BulkIngester<String> ingester = BulkIngester.of(b -> b.client(client).maxOperations(500)
                    .flushInterval(1, TimeUnit.SECONDS).listener(new FailureListener(failures)))) {
                for (Article a : articles) {
                    ingester.add(op -> op.index(i -> i.index(index).id(a.id()).document(a)), a.file());
                }
            }
            client.indices().refresh(r -> r.index(index));
            long count = client.count(c -> c.index(index)).count();
            int indexed = (int) count;
            if (!failures.isEmpty() || count != articles.size()) {
                LOG.error("Index {} is incomplete ({} of {}); the alias {} is left as it was", index, count,
                        articles.size(), alias);
                return new Report(index, articles.size(), indexed, List.copyOf(failures));
            }
            boolean swap = aliasExists();
            client.indices().updateAliases(u -> {
                if (swap) {
                    u.actions(a -> a.remove(r -> r.index(alias + "-*").alias(alias)));
                }
                return u.actions(a -> a.add(ad -> ad.index(index).alias(alias)));
            });
            LOG.info("Indexed {} articles into {}; alias {} now points there", indexed, index, alias);
            return new Report(index, articles.size(), indexed, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record FailureListener(ConcurrentLinkedQueue<String> failures) implements BulkListener<String> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<String> contexts) {}

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<String> contexts, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).error() != null) {
                    String failure = contexts.get(i) + ": " + items.get(i).error().reason();
                    LOG.error("Failed to index {}", failure);
                    failures.add(failure);
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<String> contexts, Throwable failure) {
            for (String file : contexts) {
                failures.add(file + ": " + failure.getMessage());
            }
            LOG.error("Bulk request failed: {}", failure.getMessage());
        }
    }
}
