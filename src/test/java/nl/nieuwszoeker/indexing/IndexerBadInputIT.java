package nl.nieuwszoeker.indexing;

import static nl.nieuwszoeker.indexing.Fixtures.doc;
import static nl.nieuwszoeker.indexing.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.nieuwszoeker.indexing.read.Problem;
import nl.nieuwszoeker.indexing.read.RawArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run over a folder full of bad input: each problem is reported for its file and the rest is indexed. */
class IndexerBadInputIT {

    private static final String ALIAS = "badinput-it";
    private static final long LIMIT = 2_000;

    @TempDir
    static Path folder;
    private static IndexReport report;

    @BeforeAll
    static void indexAFolderOfBadInput() {
        write(folder, "good.txt", "Een gewoon bericht over Utrecht. Niets aan de hand.");
        write(folder, "empty.txt", new byte[0]);
        write(folder, "blank.md", "  \n\n ");
        write(folder, "photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});
        write(folder, "oud.txt", "Café in Zürich kost € 5. Dat vindt iedereen te duur."
                .getBytes(Charset.forName("windows-1252")));
        write(folder, "huge.txt", "woord ".repeat(1_000));
        write(folder, "broken.json", "{\n  \"id\": \"b-1\",\n  \"body\": \"tekst\"\n  \"title\": \"vergeten komma\"\n}\n");
        write(folder, "broken.md", "---\ntitle: Goed\nsource: [NOS\n---\nTekst.\n");
        write(folder, "unclosed.md", "---\ntitle: Nooit gesloten\nTekst zonder einde van de kop.\n");
        write(folder, "lines.jsonl", """
                {"id": "dup", "body": "Het eerste bericht met dit id."}
                {"id": "x", "body": "kapot"
                {"id": "dup", "body": "Een tweede bericht met hetzelfde id."}
                {"id": "nobody"}
                """);
        write(folder, "baddate.json", "{\"id\": \"date-1\", \"body\": \"Bericht van gisteren.\", \"published\": \"gisteren\"}");
        write(folder, "slashes.json", "{\"id\": \"date-2\", \"body\": \"Bericht.\", \"published\": \"03/04/2026\"}");
        write(folder, "notes.pdf", "%PDF-1.4 not an article");
        report = new Indexer(Fixtures.client(), ALIAS,
                Indexer.Options.defaults().withBackoff(Fixtures.QUICK).withMaxFileSize(LIMIT)).indexAll(folder);
    }

    private static String fileId(String file) {
        return ArticleFactory.id(new RawArticle(file, 0, null, null, "x", null, null, null, null, null, null, "x"));
    }

    private static Problem skipped(String file) {
        return report.skipped().stream().filter(p -> p.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " was not reported as skipped: " + report.skipped()));
    }

    private static Problem warning(String file) {
        return report.warnings().stream().filter(p -> p.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no warning: " + report.warnings()));
    }

    @Test
    void theRunCompletesAndIndexesEverythingReadable() {
        assertTrue(report.ok(), () -> String.join("\n", ReportText.lines(report)));
        assertTrue(report.aliasSwapped());
        List<String> expected = Stream.of("date-1", "date-2", "dup", fileId("good.txt"), fileId("oud.txt")).sorted().toList();
        assertEquals(expected, Fixtures.ids(ALIAS), "good.txt, oud.txt and the three good records");
        assertEquals(5, Fixtures.count(ALIAS));
    }

    @Test
    void emptyAndBlankFilesAreSkipped() {
        assertEquals("empty file", skipped("empty.txt").reason());
        assertTrue(skipped("blank.md").reason().startsWith("empty file"), skipped("blank.md").reason());
    }

    @Test
    void aBinaryFileIsSkipped() {
        assertTrue(skipped("photo.txt").reason().startsWith("binary file"), skipped("photo.txt").reason());
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() {
        assertTrue(warning("oud.txt").reason().contains("read as Windows-1252"), warning("oud.txt").reason());
        String body = Fixtures.ids(ALIAS).stream().map(id -> doc(ALIAS, id))
                .filter(d -> "oud.txt".equals(d.get("file"))).map(d -> (String) d.get("body")).findFirst().orElseThrow();
        assertEquals("Café in Zürich kost € 5. Dat vindt iedereen te duur.", body);
    }

    @Test
    void aFileOverTheSizeLimitIsSkippedWithItsSize() {
        assertEquals("file is 6000 bytes, over the limit of " + LIMIT, skipped("huge.txt").reason());
    }

    @Test
    void malformedJsonNamesTheLine() {
        Problem p = skipped("broken.json");
        assertEquals(4, p.line());
        assertTrue(p.reason().startsWith("malformed JSON at line 4"), p.reason());
    }

    @Test
    void malformedFrontMatterNamesTheLine() {
        Problem p = skipped("broken.md");
        assertTrue(p.line() >= 3 && p.line() <= 4, p.toString());
        assertTrue(p.reason().startsWith("malformed front matter at line " + p.line()), p.reason());
        assertEquals("front matter opened on line 1 is never closed with ---", skipped("unclosed.md").reason());
    }

    @Test
    void aBadJsonLineIsSkippedAndTheOtherLinesAreRead() {
        List<Problem> lines = report.skipped().stream().filter(p -> p.file().equals("lines.jsonl")).toList();
        assertEquals(List.of(2, 3, 4), lines.stream().map(Problem::line).toList(), lines.toString());
        assertTrue(lines.get(0).reason().startsWith("malformed JSON at line 2"), lines.get(0).reason());
        assertFalse(lines.get(0).reason().contains("REDACTED"), lines.get(0).reason());
        assertEquals("no body", lines.get(2).reason());
        assertEquals("Het eerste bericht met dit id.", doc(ALIAS, "dup").get("body"));
    }

    @Test
    void aDuplicateIdIsSkippedNamingWhereItWasFirstUsed() {
        Problem p = report.skipped().stream().filter(x -> x.reason().startsWith("duplicate id")).findFirst().orElseThrow();
        assertEquals(new Problem("lines.jsonl", 3, "duplicate id 'dup' (first used by lines.jsonl:1)"), p);
    }

    @Test
    void anUnparseableDateIsLeftOutWithAWarningAndNeverGuessed() {
        assertEquals("unparseable date 'gisteren'; published left empty", warning("baddate.json").reason());
        assertEquals("unparseable date '03/04/2026'; published left empty", warning("slashes.json").reason());
        Map<String, Object> d = doc(ALIAS, "date-1");
        assertFalse(d.containsKey("published"), d.toString());
        assertFalse(doc(ALIAS, "date-2").containsKey("published"));
    }

    @Test
    void aFileOfAnotherFormatIsSkippedNamingTheFormats() {
        assertTrue(skipped("notes.pdf").reason().startsWith("not an article format (.pdf)"), skipped("notes.pdf").reason());
    }
}
