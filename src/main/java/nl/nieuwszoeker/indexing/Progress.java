package nl.nieuwszoeker.indexing;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a run is: files read and documents Elasticsearch acknowledged. A bar redrawn in place on a
 * terminal, a log line per tenth of the files otherwise (logs and CI have no use for carriage returns).
 */
public abstract class Progress {

    protected final AtomicInteger filesRead = new AtomicInteger();
    protected final AtomicInteger acknowledged = new AtomicInteger();
    protected volatile int files;

    public static Progress none() {
        return new Progress() {
            @Override
            protected void show(boolean last) {}
        };
    }

    public static Progress forTerminal(PrintStream out) {
        return new Bar(out);
    }

    public static Progress asLogLines() {
        return new LogLines();
    }

    /** A bar when System.console() says a person is watching, log lines otherwise. */
    public static Progress auto() {
        return System.console() != null ? forTerminal(System.err) : asLogLines();
    }

    public void start(int fileCount) {
        files = fileCount;
    }

    public void fileRead() {
        filesRead.incrementAndGet();
        show(false);
    }

    public void acknowledged(int documents) {
        acknowledged.addAndGet(documents);
        show(false);
    }

    public void finish() {
        show(true);
    }

    protected abstract void show(boolean last);

    private static final class Bar extends Progress {
        private static final int WIDTH = 30;
        private final PrintStream out;
        private long lastDrawn;

        Bar(PrintStream out) {
            this.out = out;
        }

        @Override
        protected synchronized void show(boolean last) {
            long now = System.nanoTime();
            if (!last && now - lastDrawn < 100_000_000L) {
                return;
            }
            lastDrawn = now;
            int total = Math.max(files, 1);
            int filled = Math.min(WIDTH, filesRead.get() * WIDTH / total);
            out.printf("\r[%s%s] %d/%d files, %d documents indexed", "#".repeat(filled), ".".repeat(WIDTH - filled),
                    filesRead.get(), files, acknowledged.get());
            if (last) {
                out.println();
            }
            out.flush();
        }
    }

    private static final class LogLines extends Progress {
        private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
        private int lastTenth = -1;

        @Override
        protected synchronized void show(boolean last) {
            int tenth = files == 0 ? 10 : filesRead.get() * 10 / files;
            if (last || tenth > lastTenth) {
                lastTenth = tenth;
                LOG.info("{}/{} files read, {} documents indexed", filesRead.get(), files, acknowledged.get());
            }
        }
    }
}
