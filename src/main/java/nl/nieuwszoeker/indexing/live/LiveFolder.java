package nl.nieuwszoeker.indexing.live;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import nl.nieuwszoeker.indexing.IndexLock;
import nl.nieuwszoeker.indexing.IndexReport;
import nl.nieuwszoeker.indexing.IndexSources;
import nl.nieuwszoeker.indexing.Indexer;
import nl.nieuwszoeker.indexing.ReportText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with a folder while the app serves: the operating system's change notifications
 * (WatchService, inotify on Linux) wake it, a burst of changes is gathered until the folder has been quiet
 * for a moment, and then one incremental run of the indexer takes in everything new, changed or deleted.
 */
public final class LiveFolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFolder.class);
    static final Duration QUIET = Duration.ofMillis(400);
    static final Duration MAX_GATHER = Duration.ofSeconds(3);

    private final Path folder;
    private final Indexer indexer;
    private final Supplier<Optional<IndexLock>> lock;
    private final Supplier<String> whyNot;
    private final IndexSources sources;
    private final Thread thread;
    private final AtomicBoolean wake = new AtomicBoolean();
    private volatile LiveStatus status;
    private WatchService watcher;
    private long retryMillis;

    /**
     * whyNot says, before each run, why the folder must not feed the live index (null when it may): an
     * incremental run deletes what the folder lacks, so an index built from another folder is left alone.
     */
    public LiveFolder(Path folder, Indexer indexer, Supplier<Optional<IndexLock>> lock, Supplier<String> whyNot,
            IndexSources sources) {
        this.folder = folder.toAbsolutePath().normalize();
        this.indexer = indexer;
        this.lock = lock;
        this.whyNot = whyNot;
        this.sources = sources;
        this.thread = new Thread(this::loop, "live-folder");
        this.thread.setDaemon(true);
        this.status = LiveStatus.off(this.folder.toString(), "not started");
    }

    public static LiveStatus notWatching(Path folder, String why) {
        return LiveStatus.off(folder.toAbsolutePath().normalize().toString(), why);
    }

    /** Starts watching; catchUp first takes in what changed while the app was not running. */
    public LiveFolder start(boolean catchUp) {
        try {
            watcher = FileSystems.getDefault().newWatchService();
            registerTree(folder);
        } catch (IOException e) {
            status = LiveStatus.off(folder.toString(), "cannot watch: " + e.getMessage());
            LOG.warn("Cannot watch {} ({}); new files are indexed only by an index run", folder, e.getMessage());
            return this;
        }
        String refused = whyNot.get();
        status = refused == null ? LiveStatus.watching(folder.toString())
                : LiveStatus.watching(folder.toString()).refused(refused);
        thread.start();
        if (refused != null) {
            LOG.warn("Watching {}, but its changes do not reach the index: {}", folder, refused);
            return this;
        }
        if (catchUp) {
            LOG.info("Watching {}; taking in first what changed in it since the last run", folder);
            wake.set(true);
        } else {
            LOG.info("Watching {} for new, changed and deleted articles", folder);
        }
        return this;
    }

    public LiveStatus status() {
        return status;
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (!wake.getAndSet(false)) {
                    WatchKey key = watcher.poll(1, TimeUnit.SECONDS);
                    if (key == null || !relevant(key)) {
                        continue;
                    }
                    gather();
                }
                if (!run()) {
                    // Elasticsearch may be restarting: try again later, waiting longer each time.
                    retryMillis = Math.min(60_000, Math.max(5_000, retryMillis * 2));
                    LOG.info("Live folder: next attempt in {} s", retryMillis / 1000);
                    Thread.sleep(retryMillis);
                    wake.set(true);
                } else {
                    retryMillis = 0;
                }
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the folder has been quiet for QUIET (or MAX_GATHER passed), so a burst becomes one run. */
    private void gather() throws InterruptedException {
        Instant until = Instant.now().plus(MAX_GATHER);
        while (Instant.now().isBefore(until)) {
            WatchKey key = watcher.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
            if (key == null) {
                return;
            }
            relevant(key);
        }
    }

    /** Registers new subfolders on the way; changes to hidden files (editor swap files) wake nothing. */
    private boolean relevant(WatchKey key) {
        boolean any = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                any = true;
                continue;
            }
            Path name = (Path) event.context();
            if (name.toString().startsWith(".")) {
                continue;
            }
            any = true;
            Path child = dir.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    LOG.warn("Cannot watch the new folder {}: {}", child, e.getMessage());
                }
            }
        }
        key.reset();
        return any;
    }

    private void registerTree(Path root) throws IOException {
        try (var dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                if (dir.equals(root) || !dir.getFileName().toString().startsWith(".")) {
                    dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                }
            }
        }
    }

    /** One incremental run; false when it could not finish and should be tried again. */
    private boolean run() throws InterruptedException {
        Optional<IndexLock> held = lock.get();
        boolean told = false;
        while (held.isEmpty()) {
            if (!told) {
                LOG.info("An index run on this alias is in progress; the changes in {} are taken in after it", folder);
                told = true;
            }
            Thread.sleep(1000);
            held = lock.get();
        }
        Instant started = Instant.now();
        IndexReport report;
        try (IndexLock ignored = held.get()) {
            String refused = whyNot.get();
            if (refused != null) {
                LOG.warn("Not indexing the changes in {}: {}", folder, refused);
                status = status.refused(refused);
                return true;
            }
            report = indexer.indexChanges(folder);
            if (report.ok() && (report.aliasSwapped() || "incremental".equals(report.mode()))) {
                sources.remember(report.index(), folder);
            }
        } catch (RuntimeException e) {
            LOG.warn("Indexing the changes in {} failed: {}; they are taken in at the next change", folder, e.toString());
            status = status.after(LiveStatus.Run.failed(started, e.toString()));
            return false;
        }
        List<String> lines = ReportText.lines(report);
        LOG.info("Live folder: {}", lines.get(0));
        lines.stream().skip(1).filter(l -> !l.startsWith("alias ")).forEach(l -> LOG.warn("Live folder: {}", l));
        status = status.after(LiveStatus.Run.of(started, report, lines));
        return report.error() == null;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            if (watcher != null) {
                watcher.close();
            }
            thread.join(5_000);
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
