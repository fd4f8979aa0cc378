package nl.nieuwszoeker.indexing;

import java.time.Duration;
import java.util.List;
import nl.nieuwszoeker.indexing.read.Problem;

/**
 * The outcome of one run. read counts articles found in the files; indexed those Elasticsearch accepted;
 * unchanged and deleted apply to incremental runs. error says why the run stopped early, if it did;
 * took is the time from the start of the run to the report, without starting Elasticsearch.
 */
public record IndexReport(
        String mode,
        String index,
        boolean aliasSwapped,
        int files,
        int read,
        int indexed,
        int unchanged,
        int deleted,
        long documentsInIndex,
        List<Problem> skipped,
        List<Problem> warnings,
        List<Failure> failed,
        String error,
        Duration took) {

    /** A document Elasticsearch did not take, with its reason. */
    public record Failure(String id, String location, String reason) {
        @Override
        public String toString() {
            return location + " (id " + id + "): " + reason;
        }
    }

    public IndexReport {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        failed = List.copyOf(failed);
    }

    public boolean ok() {
        return failed.isEmpty() && error == null;
    }
}
