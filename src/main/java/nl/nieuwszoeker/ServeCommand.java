package nl.nieuwszoeker;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.indexing.IndexLock;
import nl.nieuwszoeker.indexing.IndexReport;
import nl.nieuwszoeker.indexing.IndexSources;
import nl.nieuwszoeker.indexing.Indexer;
import nl.nieuwszoeker.indexing.ReportText;
import nl.nieuwszoeker.indexing.live.LiveFolder;
import nl.nieuwszoeker.indexing.live.LiveStatus;
import nl.nieuwszoeker.node.NodeSupervisor;
import nl.nieuwszoeker.node.SharedNode;
import nl.nieuwszoeker.search.SearchService;
import nl.nieuwszoeker.web.App;
import nl.nieuwszoeker.web.Deps;
import nl.nieuwszoeker.web.ServeState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start Elasticsearch (embedded unless ES_URLS is set), index the seeds if the index is missing,"
                + " watch the seeds folder for changes, and serve the search page and API.",
                "Exit status: 0 stopped by Ctrl-C, 2 configuration or start-up error (checked before Elasticsearch starts)."})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @ParentCommand
    Main main;

    @Option(names = "--port", description = "HTTP port (default: NZ_PORT or 7070).")
    Integer port;

    @Option(names = "--seeds", description = "Folder of articles: indexed when the index is missing, then watched (default: NZ_SEEDS or seeds).")
    Path seeds;

    @Option(names = "--no-watch", description = "Do not watch the seeds folder; index changes with the index command instead.")
    boolean noWatch;

    @Override
    public Integer call() throws Exception {
        AppConfig config = main.config();
        if (port != null) {
            config = config.withPort(port);
        }
        if (seeds != null) {
            config = config.withSeeds(seeds);
        }
        Path folder = config.seeds().toAbsolutePath().normalize();
        Preflight.readableFolder(folder);
        java.net.ServerSocket reserved = PortCheck.reserve(config.port());
        Backend backend;
        try {
            backend = Backend.start(config, "serve");
        } catch (RuntimeException e) {
            reserved.close();
            throw e;
        }
        var stopped = new CountDownLatch(1);
        Javalin app = null;
        NodeSupervisor supervisor = null;
        LiveFolder live = null;
        try {
            if (backend.provider() instanceof SharedNode node) {
                supervisor = NodeSupervisor.start(node);
            }
            var indexer = new Indexer(backend.client(), config.indexAlias(),
                    Indexer.Options.defaults().withShards(config.shards()));
            var sources = new IndexSources(config.paths().state());
            var localLock = new ReentrantLock();
            Path lockFile = IndexLock.file(config.paths().state(), config.indexAlias());
            Supplier<Optional<IndexLock>> lock = () -> IndexLock.tryAcquire(lockFile, "live folder of serve", localLock);
            String alias = config.indexAlias();
            Supplier<String> whyNot = () -> whyNotFeed(indexer, sources, folder);
            boolean catchUp = false;
            if (!indexer.aliasExists()) {
                LOG.info("Index {} is missing; indexing {} into a new index", alias, folder);
                IndexReport report = indexMissing(indexer, lock, folder);
                if (report.aliasSwapped()) {
                    sources.remember(report.index(), folder);
                }
            } else {
                List<String> indices = indexer.lifecycle().live();
                LOG.info("Serving alias {} (index {}); it exists, so {} is not indexed in full at start", alias,
                        String.join(", ", indices), folder);
                catchUp = true;
            }
            Supplier<Object> folderState;
            if (noWatch) {
                LOG.info("Not watching {} (--no-watch); run the index command to take in changes", folder);
                LiveStatus off = LiveFolder.notWatching(folder, "--no-watch");
                folderState = () -> off;
            } else {
                live = new LiveFolder(folder, indexer, lock, whyNot, sources).start(catchUp);
                LiveFolder watching = live;
                folderState = watching::status;
            }
            NodeSupervisor watched = supervisor;
            var state = new ServeState(() -> watched == null ? "running"
                    : watched.state().name().toLowerCase(java.util.Locale.ROOT), folderState);
            var deps = new Deps(backend.client(), new SearchService(backend.client(), alias),
                    backend.provider().description(), state);
            reserved.close();
            app = App.create(config, deps).start(config.port());
            Javalin started = app;
            LiveFolder startedLive = live;
            NodeSupervisor startedSupervisor = supervisor;
            java.lang.Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.stop();
                if (startedLive != null) {
                    startedLive.close();
                }
                if (startedSupervisor != null) {
                    startedSupervisor.close();
                }
                backend.close();
                stopped.countDown();
            }, "shutdown"));
            LOG.info("Serving on http://localhost:{}  (Ctrl-C stops the app, and the embedded node unless another"
                    + " command uses it)", config.port());
            stopped.await();
            return 0;
        } catch (Exception e) {
            reserved.close();
            if (app != null) {
                app.stop();
            }
            if (live != null) {
                live.close();
            }
            if (supervisor != null) {
                supervisor.close();
            }
            backend.close();
            throw e;
        }
    }

    private static IndexReport indexMissing(Indexer indexer, Supplier<Optional<IndexLock>> lock, Path folder)
            throws InterruptedException {
        Optional<IndexLock> held = lock.get();
        while (held.isEmpty()) {
            LOG.info("Another index run on this alias is in progress; waiting for it");
            Thread.sleep(2000);
            held = lock.get();
        }
        try (IndexLock ignored = held.get()) {
            if (indexer.aliasExists()) {
                LOG.info("The index run that was in progress built the index; not indexing again");
                return new IndexReport("full", null, false, 0, 0, 0, 0, 0, -1, List.of(), List.of(), List.of(), null,
                        java.time.Duration.ZERO);
            }
            IndexReport report = indexer.indexAll(folder);
            List<String> lines = ReportText.lines(report);
            LOG.info("{}", lines.get(0));
            lines.stream().skip(1).forEach(line -> {
                if (line.startsWith("alias switched")) {
                    LOG.info("{}", line);
                } else {
                    LOG.warn("{}", line);
                }
            });
            return report;
        }
    }

    /** Why the watched folder must not feed the live index, or null when it may. */
    private static String whyNotFeed(Indexer indexer, IndexSources sources, Path folder) {
        List<String> indices = indexer.lifecycle().live();
        if (indices.size() != 1) {
            return null;
        }
        Optional<Path> from = sources.of(indices.get(0));
        if (from.isEmpty()) {
            return "it is not recorded which folder index " + indices.get(0) + " was built from, and a live run"
                    + " deletes what the folder lacks; run `index --seeds " + folder + "` once to tie them together";
        }
        if (!from.get().equals(folder)) {
            return "index " + indices.get(0) + " was built from " + from.get() + ", not from this folder; serve"
                    + " with --seeds " + from.get() + ", or run `index --seeds " + folder + "`";
        }
        return null;
    }
}
