package nl.nieuwszoeker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.config.ConfigException;
import nl.nieuwszoeker.indexing.IndexLock;
import nl.nieuwszoeker.indexing.IndexSources;
import nl.nieuwszoeker.indexing.IndexReport;
import nl.nieuwszoeker.indexing.Indexer;
import nl.nieuwszoeker.indexing.Progress;
import nl.nieuwszoeker.indexing.ReportText;
import nl.nieuwszoeker.indexing.read.CorpusReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index a folder of articles (.txt, .md, .json, .jsonl; read recursively).",
                "A full run builds a new index and switches the alias to it once complete; --incremental updates the live index.",
                "Exit status: 0 all indexed, 1 something failed or was not switched (or was skipped, with --strict), 2 configuration or start-up error, or another index run on the alias is in progress."})
final class IndexCommand implements Callable<Integer> {

    private static final Duration LIVE_RUN_WAIT = Duration.ofMinutes(2);

    @ParentCommand
    Main main;

    @Option(names = "--seeds", paramLabel = "FOLDER", description = "Folder of articles (default: NZ_SEEDS or seeds).")
    Path seeds;

    @Option(names = "--incremental", description = "Index only new and changed files into the live index and delete documents whose source is gone.")
    boolean incremental;

    @Option(names = "--rollback", description = "Point the alias back at the index the last full run replaced, and stop.")
    boolean rollback;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "10MB", converter = SizeConverter.class,
            description = "Skip files larger than this (bytes, or with KB/MB/GB; default: ${DEFAULT-VALUE}).")
    long maxFileSize = CorpusReader.DEFAULT_MAX_FILE_SIZE;

    @Option(names = "--strict", description = "Exit with status 1 when any file or record was skipped.")
    boolean strict;

    @Override
    public Integer call() throws InterruptedException {
        AppConfig config = main.config();
        Path folder = seeds != null ? seeds : config.seeds();
        if (!rollback) {
            Preflight.readableFolder(folder);
        }
        try (IndexLock lock = lock(config)) {
            try (Backend backend = Backend.start(config, "index")) {
                return run(config, backend, folder);
            }
        }
    }

    private int run(AppConfig config, Backend backend, Path folder) {
        var options = Indexer.Options.defaults().withMaxFileSize(maxFileSize).withProgress(Progress.auto())
                .withShards(config.shards());
        var indexer = new Indexer(backend.client(), config.indexAlias(), options);
        if (rollback) {
            var back = indexer.rollback();
            System.out.println(back.map(i -> "alias " + config.indexAlias() + " now points at " + i)
                    .orElse("no earlier index to roll back to"));
            return back.isPresent() ? 0 : 1;
        }
        IndexReport report = incremental ? indexer.indexChanges(folder) : indexer.indexAll(folder);
        if (report.ok() && (report.aliasSwapped() || "incremental".equals(report.mode()))) {
            new IndexSources(config.paths().state()).remember(report.index(), folder);
        }
        ReportText.lines(report).forEach(System.out::println);
        if (!report.ok()) {
            return 1;
        }
        return strict && !report.skipped().isEmpty() ? 1 : 0;
    }

    /**
     * Taken before Elasticsearch starts. Another index run is refused at once; a serving app's live folder
     * holds the lock only for its short incremental runs, so that one is waited for.
     */
    private IndexLock lock(AppConfig config) throws InterruptedException {
        Path file = IndexLock.file(config.paths().state(), config.indexAlias());
        var local = new ReentrantLock();
        long deadline = System.nanoTime() + LIVE_RUN_WAIT.toNanos();
        while (true) {
            Optional<IndexLock> lock = IndexLock.tryAcquire(file, "index", local);
            if (lock.isPresent()) {
                return lock.get();
            }
            String holder = IndexLock.holder(file);
            if (!holder.contains("live folder") || System.nanoTime() > deadline) {
                throw new ConfigException("another indexing run on alias " + config.indexAlias() + " is in progress ("
                        + holder + "); wait for it to finish, then run this again");
            }
            Thread.sleep(500);
        }
    }

    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            long unit = 1;
            for (var suffix : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"B", "1"}}) {
                if (v.endsWith(suffix[0])) {
                    unit = Long.parseLong(suffix[1]);
                    v = v.substring(0, v.length() - suffix[0].length()).strip();
                    break;
                }
            }
            try {
                long n = Long.parseLong(v);
                if (n <= 0) {
                    throw new CommandLine.TypeConversionException("size must be positive: " + value);
                }
                return n * unit;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("not a size like 10MB or 512KB: " + value);
            }
        }
    }
}
