package nl.nieuwszoeker.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.nieuwszoeker.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends index and delete operations through the client's BulkIngester. Items Elasticsearch refuses for good
 * are failures with its reason; items refused for load (429, 5xx) and whole requests that never got an
 * answer are sent again after the ingester is done, with backoff, and fail only when every attempt did.
 */
final class BulkWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);
    private static final int MAX_REASON = 300;
    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);

    /** One operation and where its document came from. */
    record Op(String id, String location, boolean delete, BulkOperation operation) {}

    private final ElasticsearchClient client;
    private final Backoff backoff;
    private final Progress progress;
    private final BulkIngester<Op> ingester;
    private final ConcurrentLinkedQueue<Op> pending = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<IndexReport.Failure> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger indexed = new AtomicInteger();
    private final AtomicInteger deleted = new AtomicInteger();
    private volatile String lastError;

    BulkWriter(ElasticsearchClient client, Backoff backoff, Progress progress) {
        this.client = client;
        this.backoff = backoff;
        this.progress = progress;
        // Two bulks in flight keep both of a small node's write threads busy (measured: bench/results).
        this.ingester = BulkIngester.of(b -> b.client(client).maxOperations(1000).maxSize(10L * 1024 * 1024)
                .maxConcurrentRequests(2).flushInterval(1, TimeUnit.SECONDS).listener(new Listener()));
    }

    void index(String index, Article a) {
        var doc = new IndexedArticle(a, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        var op = BulkOperation.of(b -> b.index(i -> i.index(index).id(a.id()).document(doc)));
        ingester.add(op, new Op(a.id(), a.file(), false, op));
    }

    void delete(String index, String id, String location) {
        var op = BulkOperation.of(b -> b.delete(d -> d.index(index).id(id)));
        ingester.add(op, new Op(id, location, true, op));
    }

    int indexed() {
        return indexed.get();
    }

    int deleted() {
        return deleted.get();
    }

    List<IndexReport.Failure> failures() {
        return List.copyOf(failures);
    }

    /** Flushes, then retries what is left; returns when every operation succeeded or failed for good. */
    @Override
    public void close() {
        ingester.close();
        for (Duration delay : backoff.delays()) {
            if (pending.isEmpty()) {
                return;
            }
            LOG.warn("{} operations not yet accepted ({}); retrying in {} ms", pending.size(), lastError, delay.toMillis());
            Backoff.sleep(delay);
            retryOnce();
        }
        Op op;
        while ((op = pending.poll()) != null) {
            failures.add(new IndexReport.Failure(op.id(), op.location(),
                    "not accepted after " + backoff.attempts() + " attempts: " + lastError));
        }
    }

    private void retryOnce() {
        List<Op> batch = new ArrayList<>();
        Op op;
        while ((op = pending.poll()) != null) {
            batch.add(op);
        }
        try {
            BulkResponse response = client.bulk(b -> b.operations(batch.stream().map(Op::operation).toList()));
            settle(batch, response.items());
        } catch (Exception e) {
            lastError = describe(e);
            pending.addAll(batch);
        }
    }

    private void settle(List<Op> ops, List<BulkResponseItem> items) {
        int acknowledged = 0;
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            Op op = ops.get(i);
            if (item.error() == null) {
                (op.delete() ? deleted : indexed).incrementAndGet();
                acknowledged++;
            } else if (RETRYABLE.contains(item.status())) {
                lastError = item.status() + " " + item.error().type() + ": " + item.error().reason();
                pending.add(op);
            } else {
                String reason = abbreviate(item.error().type() + ": " + item.error().reason());
                LOG.error("Elasticsearch refused {} (id {}): {}", op.location(), op.id(), reason);
                failures.add(new IndexReport.Failure(op.id(), op.location(), reason));
            }
        }
        progress.acknowledged(acknowledged);
    }

    /** Elasticsearch quotes the offending value in its reason; a report line needs only its start. */
    static String abbreviate(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + " …";
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return root == e ? message : e.getClass().getSimpleName() + " (" + message + ")";
    }

    private final class Listener implements BulkListener<Op> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Op> contexts) {}

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Op> contexts, BulkResponse response) {
            settle(contexts, response.items());
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Op> contexts, Throwable failure) {
            lastError = describe(failure);
            LOG.warn("Bulk request of {} operations failed: {}", contexts.size(), lastError);
            pending.addAll(contexts);
        }
    }
}
