package nl.nieuwszoeker.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The export as RFC 4180 CSV (CRLF, quotes doubled, fields with comma, quote or line break quoted). A value
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
 * apostrophe, as OWASP advises, so opening the file runs nothing.
 */
public final class CsvRows implements ExportService.Sink {

    public static final List<String> HEADER = List.of("id", "title", "published", "source", "url", "entities");

    private final CSVPrinter out;

    public CsvRows(Writer writer) throws IOException {
        this.out = new CSVPrinter(writer, CSVFormat.RFC4180);
        out.printRecord(HEADER);
    }

    @Override
    public void start(long total, boolean truncated) {}

    @Override
    public void row(ExportService.Row r) throws IOException {
        out.printRecord(safe(r.id()), safe(r.title()), safe(r.published()), safe(r.source()), safe(r.url()),
                safe(entities(r)));
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** Persons, places and organisations in one cell: "persoon: Mark Rutte; plaats: Den Haag". */
    static String entities(ExportService.Row r) {
        var parts = new ArrayList<String>();
        r.persons().forEach(v -> parts.add("persoon: " + v));
        r.places().forEach(v -> parts.add("plaats: " + v));
        r.organisations().forEach(v -> parts.add("organisatie: " + v));
        return String.join("; ", parts);
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
