package nl.nieuwszoeker.indexing;

import static nl.nieuwszoeker.indexing.Fixtures.doc;
import static nl.nieuwszoeker.indexing.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.indexing.entities.Entities;
import nl.nieuwszoeker.indexing.entities.EntityExtractor;
import nl.nieuwszoeker.indexing.read.RawArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each input format, indexed into the real node, read back field by field. */
class IndexerFormatsIT {

    private static final String ALIAS = "formats-it";
    private static final String TXT_BODY = "Premier Mark Rutte sprak dinsdag in Den Haag met de NAVO. Het ging over steun.\n\n"
            + "Rutte zei dat Nederland steun blijft geven aan Oekraïne.";

    @TempDir
    static Path folder;
    private static IndexReport report;

    @BeforeAll
    static void indexEveryFormat() {
        write(folder, "a.txt", TXT_BODY + "\n");
        write(folder, "sub/deeper/b.md", """
                ---
                title: Kabinet valt over asielbeleid
                published: 21 november 2026
                source: NOS
                section: politiek
                author: Jan de Vries
                tags: [politiek, kabinet]
                ---
                # Een kop die niet de titel wordt

                Minister Dick Schoof bood in Den Haag het ontslag aan. De PVV stapte uit de coalitie.
                """);
        write(folder, "c.json", """
                {"id": "json-1", "title": "Storm raakt Zeeland", "body": "De storm trof Vlissingen zwaar.",
                 "published": "2026-11-21T10:15:00+01:00", "source": "Omroep Zeeland", "url": "https://example.org/storm",
                 "section": "binnenland", "author": "Piet Jansen", "tags": "weer, storm"}
                """);
        write(folder, "d.jsonl", """
                {"id": "jl-1", "body": "Eerste regel over Amsterdam. Meer tekst.", "published": "21-11-2026"}

                {"body": "Tweede bericht zonder id, over Rotterdam."}
                """);
        write(folder, "e.json", """
                [{"id": "arr-1", "body": "Eerste uit een lijst."},
                 {"body": "Tweede uit een lijst.", "published": "2026-11-20"}]
                """);
        report = Fixtures.indexer(ALIAS).indexAll(folder);
    }

    @Test
    void everyRecordOfEveryFormatIsIndexed() {
        assertTrue(report.ok(), () -> String.join("\n", ReportText.lines(report)));
        assertEquals(5, report.files());
        assertEquals(7, report.read());
        assertEquals(7, report.indexed());
        assertEquals(7, Fixtures.count(ALIAS));
        assertTrue(report.skipped().isEmpty(), report.skipped().toString());
    }

    @Test
    void plainTextGetsItsLeadSentenceAsTitleAndKeepsItsWholeBodyWithoutInventedMetadata() {
        Map<String, Object> a = doc(ALIAS, id("a.txt", 0));
        assertEquals("Premier Mark Rutte sprak dinsdag in Den Haag met de NAVO.", a.get("title"));
        assertEquals(TXT_BODY, a.get("body"));
        for (String absent : List.of("published", "source", "url", "section", "author", "tags")) {
            assertFalse(a.containsKey(absent), absent + " was invented: " + a.get(absent));
        }
        assertEquals("a.txt", a.get("file"));
    }

    @Test
    void entitiesWordCountLengthAndSuggestionsComeFromTheText() {
        Map<String, Object> a = doc(ALIAS, id("a.txt", 0));
        Entities expected = EntityExtractor.load().extract((String) a.get("title"), TXT_BODY);
        assertEquals(expected.persons(), a.get("persons"));
        assertEquals(expected.places(), a.get("places"));
        assertEquals(expected.organisations(), a.get("organisations"));
        assertTrue(expected.persons().contains("Mark Rutte"), expected.toString());
        assertEquals(TextStats.wordCount(TXT_BODY), a.get("word_count"));
        assertEquals("kort", a.get("length"));
        @SuppressWarnings("unchecked")
        List<String> inputs = (List<String>) ((Map<String, Object>) a.get("suggest")).get("input");
        assertEquals(a.get("title"), inputs.get(0));
        assertTrue(inputs.containsAll(expected.persons()) && inputs.containsAll(expected.places())
                && inputs.containsAll(expected.organisations()), inputs.toString());
    }

    @Test
    void markdownFrontMatterFillsTheMetadataAndADutchDateBecomesIso() {
        Map<String, Object> b = doc(ALIAS, id("sub/deeper/b.md", 0));
        assertEquals("Kabinet valt over asielbeleid", b.get("title"));
        assertEquals("2026-11-21", b.get("published"));
        assertEquals("NOS", b.get("source"));
        assertEquals("politiek", b.get("section"));
        assertEquals("Jan de Vries", b.get("author"));
        assertEquals(List.of("politiek", "kabinet"), b.get("tags"));
        assertTrue(((String) b.get("body")).startsWith("# Een kop die niet de titel wordt"), (String) b.get("body"));
        assertTrue(((List<?>) b.get("persons")).contains("Dick Schoof"), b.get("persons").toString());
    }

    @Test
    void jsonFieldsAreStoredUnderTheirOwnId() {
        Map<String, Object> c = doc(ALIAS, "json-1");
        assertEquals("Storm raakt Zeeland", c.get("title"));
        assertEquals("2026-11-21T10:15:00+01:00", c.get("published"));
        assertEquals("https://example.org/storm", c.get("url"));
        assertEquals(List.of("weer", "storm"), c.get("tags"));
        assertEquals("c.json", c.get("file"));
    }

    @Test
    void jsonLinesUseTheLineIdOrElseFileAndLine() {
        Map<String, Object> first = doc(ALIAS, "jl-1");
        assertEquals("2026-11-21", first.get("published"));
        assertEquals("Eerste regel over Amsterdam.", first.get("title"));
        Map<String, Object> second = doc(ALIAS, id("d.jsonl", 3));
        assertEquals("Tweede bericht zonder id, over Rotterdam.", second.get("body"));
        assertNull(second.get("published"));
    }

    @Test
    void aJsonArrayGivesOneArticlePerItem() {
        assertEquals("Eerste uit een lijst.", doc(ALIAS, "arr-1").get("body"));
        assertEquals("2026-11-20", doc(ALIAS, id("e.json", 2)).get("published"));
    }

    private static String id(String file, int line) {
        return ArticleFactory.id(new RawArticle(file, line, null, null, "x", null, null, null, null, null, null, "x"));
    }
}
