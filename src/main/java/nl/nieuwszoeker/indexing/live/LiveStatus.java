package nl.nieuwszoeker.indexing.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.nieuwszoeker.indexing.IndexReport;

/** What /health shows about the watched folder: whether it is watched (or why not) and its last run. */
public record LiveStatus(String folder, boolean watching, String reason, int runs, Run lastRun) {

    /** One incremental run: when, its summary line, and every problem it reported. */
    public record Run(String started, long millis, boolean ok, String summary, int indexed, int deleted, int skipped,
            int failed, List<String> problems) {

        static Run of(Instant started, IndexReport r, List<String> lines) {
            return new Run(started.toString(), Duration.between(started, Instant.now()).toMillis(), r.ok(), lines.get(0),
                    r.indexed(), r.deleted(), r.skipped().size(), r.failed().size(),
                    lines.stream().skip(1).filter(l -> l.startsWith("  ") || l.startsWith("error:")).map(String::strip)
                            .toList());
        }

        static Run failed(Instant started, String error) {
            return new Run(started.toString(), Duration.between(started, Instant.now()).toMillis(), false,
                    "the run stopped: " + error, 0, 0, 0, 0, List.of(error));
        }
    }

    static LiveStatus off(String folder, String reason) {
        return new LiveStatus(folder, false, reason, 0, null);
    }

    static LiveStatus watching(String folder) {
        return new LiveStatus(folder, true, null, 0, null);
    }

    LiveStatus after(Run run) {
        return new LiveStatus(folder, watching, null, runs + 1, run);
    }

    LiveStatus refused(String why) {
        return new LiveStatus(folder, watching, why, runs, lastRun);
    }
}
