package nl.nieuwszoeker.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    private static String csv(ExportService.Row... rows) throws Exception {
        var out = new StringWriter();
        var csv = new CsvRows(out);
        for (var r : rows) {
            csv.row(r);
        }
        csv.flush();
        return out.toString();
    }

    @Test
    void quotesCommasAndLineBreaksSurviveARoundTrip() throws Exception {
        var row = new ExportService.Row("a1", "Hij zei: \"nee\", en ging.\r\nWeg", "2024-01-10", "NOS",
                "https://example.org/a,1", List.of("Mark Rutte"), List.of("Den Haag", "Syrië"), List.of());
        String text = csv(row);
        assertEquals("id,title,published,source,url,entities\r\n", text.substring(0, text.indexOf('\n') + 1));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertEquals(1, records.size());
        assertEquals(row.title(), records.get(0).get("title"));
        assertEquals(row.url(), records.get(0).get("url"));
        assertEquals("persoon: Mark Rutte; plaats: Den Haag; plaats: Syrië", records.get(0).get("entities"));
    }

    @Test
    void valuesThatASpreadsheetWouldRunAreNeutralised() throws Exception {
        var row = new ExportService.Row("=1+1", "+31 nummer", "-2", "@SUM(A1)", "\t=x", List.of("=HYPERLINK(\"x\")"),
                List.of(), List.of());
        CSVRecord r = CSVFormat.RFC4180.parse(new StringReader(csv(row))).getRecords().get(1);
        assertEquals("'=1+1", r.get(0));
        assertEquals("'+31 nummer", r.get(1));
        assertEquals("'-2", r.get(2));
        assertEquals("'@SUM(A1)", r.get(3));
        assertEquals("'\t=x", r.get(4));
        assertEquals("persoon: =HYPERLINK(\"x\")", r.get(5), "a formula inside a cell's text cannot run");
    }

    @Test
    void ordinaryValuesAreUntouched() {
        assertEquals("NOS", CsvRows.safe("NOS"));
        assertEquals("", CsvRows.safe(null));
    }
}
