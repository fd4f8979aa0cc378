package nl.nieuwszoeker.indexing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.nieuwszoeker.indexing.read.Problem;

/** The end-of-run report as lines for a person: the counts, then every skipped, warned and failed item. */
public final class ReportText {

    private ReportText() {}

    public static List<String> lines(IndexReport r) {
        List<String> out = new ArrayList<>();
        out.add(r.mode() + " run" + (r.index() == null ? "" : " into " + r.index()) + ": "
                + r.files() + " files, " + r.read() + " articles read, " + r.indexed() + " indexed"
                + ("incremental".equals(r.mode()) ? ", " + r.unchanged() + " unchanged, " + r.deleted() + " deleted" : "")
                + ", " + r.skipped().size() + " skipped, " + r.failed().size() + " failed"
                + (r.documentsInIndex() >= 0 ? "; the index holds " + r.documentsInIndex() + " documents" : "")
                + String.format(Locale.ROOT, " (%.1f s)", r.took().toMillis() / 1000.0));
        if ("full".equals(r.mode()) && r.index() != null) {
            out.add(r.aliasSwapped() ? "alias switched to " + r.index() : "alias NOT switched");
        }
        section(out, "skipped", r.skipped().stream().map(Problem::toString).toList());
        section(out, "warnings", r.warnings().stream().map(Problem::toString).toList());
        section(out, "failed", r.failed().stream().map(IndexReport.Failure::toString).toList());
        if (r.error() != null) {
            out.add("error: " + r.error());
        }
        return out;
    }

    private static void section(List<String> out, String name, List<String> items) {
        if (!items.isEmpty()) {
            out.add(name + ":");
            items.forEach(i -> out.add("  " + i));
        }
    }
}
