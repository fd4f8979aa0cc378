package nl.nieuwszoeker.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.nieuwszoeker.config.ShardSettings;
import nl.nieuwszoeker.indexing.entities.EntityExtractor;
import nl.nieuwszoeker.indexing.read.CorpusReader;
import nl.nieuwszoeker.indexing.read.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes a folder of articles behind an alias. A full run fills a new index and moves the alias to it only
 * when every article is in; an incremental run brings the live index in line with the folder.
 */
public final class Indexer {

    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

    /** Tunables of a run; defaults suit a command-line run. */
    public record Options(long maxFileSize, Backoff backoff, Progress progress, ShardSettings shards) {
        public static Options defaults() {
            return new Options(CorpusReader.DEFAULT_MAX_FILE_SIZE, Backoff.standard(), Progress.none(),
                    ShardSettings.FROM_MAPPING);
        }

        public Options withMaxFileSize(long bytes) {
            return new Options(bytes, backoff, progress, shards);
        }

        public Options withBackoff(Backoff b) {
            return new Options(maxFileSize, b, progress, shards);
        }

        public Options withProgress(Progress p) {
            return new Options(maxFileSize, backoff, p, shards);
        }

        public Options withShards(ShardSettings s) {
            return new Options(maxFileSize, backoff, progress, s);
        }
    }

    private final ElasticsearchClient client;
    private final IndexLifecycle lifecycle;
    private final ArticleFactory factory;
    private final Options options;

    public Indexer(ElasticsearchClient client, String alias) {
        this(client, alias, Options.defaults());
    }

    public Indexer(ElasticsearchClient client, String alias, Options options) {
        this.client = client;
        this.lifecycle = new IndexLifecycle(client, alias, options.shards());
        this.factory = new ArticleFactory(EntityExtractor.load());
        this.options = options;
    }

    public boolean aliasExists() {
        return !lifecycle.live().isEmpty();
    }

    public IndexLifecycle lifecycle() {
        return lifecycle;
    }

    /** Builds a new index from the folder; the alias moves to it only if it holds every article read. */
    public IndexReport indexAll(Path folder) {
        var outcome = new Outcome("full");
        ReadPass pass = prepare(folder, outcome);
        if (pass == null) {
            return outcome.report();
        }
        try {
            return fill(folder, pass, outcome);
        } catch (RuntimeException e) {
            // Creating, refreshing or switching failed: the alias action is atomic, so it is as it was.
            outcome.error = "Elasticsearch: " + e.getMessage() + "; the alias " + lifecycle.alias()
                    + " was left as it was (" + describeLive() + ")";
            if (outcome.index != null && !outcome.aliasSwapped) {
                dropQuietly(outcome.index);
            }
            return outcome.report();
        }
    }

    private IndexReport fill(Path folder, ReadPass pass, Outcome outcome) {
        String index = lifecycle.createNext();
        outcome.index = index;
        LOG.info("Indexing {} files from {} into {}", pass.files(), folder.toAbsolutePath(), index);
        var writer = new BulkWriter(client, options.backoff(), options.progress());
        // Nobody searches the new index before the alias moves, so it need not refresh while filling.
        refreshInterval(index, "-1");
        try (writer) {
            pass.run(article -> writer.index(index, article));
        }
        refreshInterval(index, "1s");
        options.progress().finish();
        outcome.take(pass, writer);
        String incomplete = checkComplete(index, pass.handedOn, outcome);
        if (incomplete != null) {
            outcome.error = incomplete + "; the alias " + lifecycle.alias() + " was left as it was ("
                    + describeLive() + ")";
            dropQuietly(index);
            return outcome.report();
        }
        Compaction.run(client, index);
        List<String> previous = lifecycle.swapTo(index);
        outcome.aliasSwapped = true;
        List<String> deleted = lifecycle.retain(index, previous);
        if (!previous.isEmpty() || !deleted.isEmpty()) {
            LOG.info("Kept {} for rollback; deleted {}", previous, deleted);
        }
        return outcome.report();
    }

    private void refreshInterval(String index, String interval) {
        try {
            client.indices().putSettings(s -> s.index(index).settings(i -> i.refreshInterval(t -> t.time(interval))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Indexes new and changed articles into the live index and deletes those whose source is gone. */
    public IndexReport indexChanges(Path folder) {
        var outcome = new Outcome("incremental");
        ReadPass pass = prepare(folder, outcome);
        if (pass == null) {
            return outcome.report();
        }
        List<String> live = lifecycle.live();
        if (live.isEmpty()) {
            LOG.info("Alias {} does not exist yet; doing a full run instead", lifecycle.alias());
            return indexAll(folder);
        }
        if (live.size() > 1) {
            outcome.error = "alias " + lifecycle.alias() + " points at several indices " + live
                    + "; an incremental run needs exactly one";
            return outcome.report();
        }
        outcome.index = live.get(0);
        try {
            return applyChanges(pass, outcome);
        } catch (RuntimeException e) {
            outcome.error = "Elasticsearch: " + e.getMessage() + "; run --incremental again to finish";
            return outcome.report();
        }
    }

    private IndexReport applyChanges(ReadPass pass, Outcome outcome) {
        String index = outcome.index;
        Map<String, LiveDocuments.Stored> existing = LiveDocuments.of(client, index);
        var added = new AtomicInteger();
        var writer = new BulkWriter(client, options.backoff(), options.progress());
        int deletes = 0;
        try (writer) {
            String version = factory.extractorVersion();
            pass.run(article -> {
                if (!existing.containsKey(article.id())) {
                    added.incrementAndGet();
                }
                writer.index(index, article);
            }, (id, raw) -> {
                LiveDocuments.Stored stored = existing.get(id);
                boolean same = stored != null && version.equals(stored.extractorVersion())
                        && ArticleFactory.contentHash(raw).equals(stored.contentHash());
                if (same) {
                    outcome.unchanged++;
                }
                return same;
            });
            for (var doc : existing.entrySet()) {
                String file = doc.getValue().file();
                // A file that could not be read in full keeps its documents: bad input loses nothing.
                if (!pass.seen.containsKey(doc.getKey()) && !pass.troubledFiles.contains(file)) {
                    writer.delete(index, doc.getKey(), file);
                    deletes++;
                }
            }
        }
        options.progress().finish();
        outcome.take(pass, writer);
        outcome.deleted = writer.deleted();
        String incomplete = checkComplete(index, existing.size() + added.get() - deletes, outcome);
        if (incomplete != null) {
            outcome.error = incomplete;
        }
        return outcome.report();
    }

    /** Points the alias back at the index the last full run replaced. */
    public Optional<String> rollback() {
        return lifecycle.rollback();
    }

    private ReadPass prepare(Path folder, Outcome outcome) {
        ReadPass pass;
        try {
            pass = new ReadPass(folder, options.maxFileSize(), factory, options.progress());
        } catch (UncheckedIOException e) {
            outcome.error = "cannot read " + folder + ": " + e.getCause().getMessage();
            return null;
        }
        outcome.files = pass.files();
        String down = awaitElasticsearch();
        if (down != null) {
            outcome.error = down;
            return null;
        }
        return pass;
    }

    /** Null when Elasticsearch answers, within the backoff; else a message that says nothing was changed. */
    private String awaitElasticsearch() {
        String last = null;
        List<Duration> delays = options.backoff().delays();
        for (int attempt = 0; attempt <= delays.size(); attempt++) {
            if (attempt > 0) {
                LOG.warn("Elasticsearch does not answer ({}); retrying in {} ms", last, delays.get(attempt - 1).toMillis());
                Backoff.sleep(delays.get(attempt - 1));
            }
            try {
                client.cluster().health(h -> h.timeout(t -> t.time("10s")));
                return null;
            } catch (Exception e) {
                last = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            }
        }
        return "Elasticsearch did not answer after " + options.backoff().attempts() + " attempts (" + last
                + "); nothing was changed";
    }

    private String checkComplete(String index, long expected, Outcome outcome) {
        if (!outcome.failed.isEmpty()) {
            return outcome.failed.size() + " documents were not indexed";
        }
        try {
            client.indices().refresh(r -> r.index(index));
            outcome.documentsInIndex = client.count(c -> c.index(index)).count();
        } catch (Exception e) {
            return "could not check the count of " + index + ": " + e.getMessage();
        }
        if (outcome.documentsInIndex != expected) {
            return index + " holds " + outcome.documentsInIndex + " documents where " + expected + " were expected";
        }
        if (expected == 0 && "full".equals(outcome.mode)) {
            return "no articles were found, so an empty index would replace the live one";
        }
        return null;
    }

    private String describeLive() {
        try {
            List<String> live = lifecycle.live();
            return live.isEmpty() ? "it does not exist" : "still on " + String.join(", ", live);
        } catch (RuntimeException e) {
            return "could not be checked: " + e.getMessage();
        }
    }

    private void dropQuietly(String index) {
        try {
            lifecycle.delete(index);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete the incomplete index {}: {}", index, e.getMessage());
        }
    }

    /** The counts of a run as it goes. */
    private static final class Outcome {
        final String mode;
        final long started = System.nanoTime();
        String index;
        boolean aliasSwapped;
        int files;
        int read;
        int indexed;
        int unchanged;
        int deleted;
        long documentsInIndex = -1;
        List<Problem> skipped = List.of();
        List<Problem> warnings = List.of();
        List<IndexReport.Failure> failed = List.of();
        String error;

        Outcome(String mode) {
            this.mode = mode;
        }

        void take(ReadPass pass, BulkWriter writer) {
            read = pass.read;
            skipped = inFileOrder(pass.skipped);
            warnings = inFileOrder(pass.warnings);
            indexed = writer.indexed();
            failed = writer.failures();
        }

        private static List<Problem> inFileOrder(List<Problem> problems) {
            return problems.stream().sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)).toList();
        }

        IndexReport report() {
            return new IndexReport(mode, index, aliasSwapped, files, read, indexed, unchanged, deleted,
                    documentsInIndex, skipped, warnings, failed, error, Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
