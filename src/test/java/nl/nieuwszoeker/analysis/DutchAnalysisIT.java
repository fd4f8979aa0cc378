package nl.nieuwszoeker.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;
import nl.nieuwszoeker.support.Analyze;
import nl.nieuwszoeker.support.SeedIndex;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.Test;

/** The Dutch analyzer of mappings/articles.json, run by the real node on words from the seeds. */
class DutchAnalysisIT {

    private final ElasticsearchClient client = TestElasticsearch.client();
    private final String index = SeedIndex.alias();

    private List<String> text(String words) {
        return Analyze.tokens(client, index, "dutch_text", words);
    }

    /** Two words meet when they share a term, which is what makes one find the other. */
    private void sameStem(String a, String b) {
        var shared = new java.util.HashSet<>(text(a));
        shared.retainAll(text(b));
        assertFalse(shared.isEmpty(), a + " " + text(a) + " and " + b + " " + text(b) + " must share a term");
    }

    @Test
    void pluralsMeetTheirSingular() {
        sameStem("aanslagen", "aanslag");
        sameStem("terroristen", "terrorist");
        sameStem("kopstukken", "kopstuk");
        sameStem("vluchtelingen", "vluchteling");
    }

    @Test
    void irregularPluralKinderenMeetsKind() {
        sameStem("kinderen", "kind");
    }

    @Test
    void theLexiconJoinsBasicWordsAndStrongVerbs() {
        for (String[] pair : new String[][] {{"dag", "dagen"}, {"school", "scholen"}, {"boot", "boten"},
                {"fiets", "fietsen"}, {"haven", "havens"}, {"drone", "drones"}, {"zei", "zeggen"}, {"zag", "zien"},
                {"liep", "lopen"}, {"groot", "groter"}, {"groot", "grootste"}, {"huis", "huisje"},
                {"bom", "bommetje"}}) {
            sameStem(pair[0], pair[1]);
        }
    }

    @Test
    void compoundPartsAreLemmasAtTheCompoundsPosition() throws Exception {
        var tokens = client.indices().analyze(a -> a.index(index).analyzer("dutch_text").text("de vluchtelingenkampen"))
                .tokens();
        var kamp = text("kamp").get(0);
        var part = tokens.stream().filter(t -> t.token().equals(kamp)).findFirst().orElseThrow(
                () -> new AssertionError("no part " + kamp + " in " + tokens.stream().map(t -> t.token()).toList()));
        assertEquals(tokens.get(0).position(), part.position(), "the part sits at the compound's position");
        assertEquals(tokens.get(0).startOffset(), part.startOffset(), "and carries its offsets, for highlighting");
        assertEquals(tokens.get(0).endOffset(), part.endOffset());
    }

    @Test
    void compoundsSplitOnlyWhereThePartsTileTheWord() {
        assertTrue(text("wereldoorlog").containsAll(text("wereld")), text("wereldoorlog").toString());
        assertTrue(text("wereldoorlog").containsAll(text("oorlog")), text("wereldoorlog").toString());
        // door is a stop word, so its term cannot be compared: no term may begin with it.
        assertTrue(text("wereldoorlog").stream().noneMatch(t -> t.startsWith("door")), text("wereldoorlog").toString());
        assertTrue(text("metrostation").containsAll(text("station")), text("metrostation").toString());
        assertTrue(text("luchthaven").containsAll(text("haven")), text("luchthaven").toString());
    }

    @Test
    void queryPartsAnalyzerGivesOnlyTheParts() {
        assertEquals(List.of(), Analyze.tokens(client, index, "dutch_query_parts", "oorlog"));
        var parts = Analyze.tokens(client, index, "dutch_query_parts", "wereldoorlog");
        assertEquals(2, parts.size(), parts.toString());
    }

    @Test
    void verbFormsMeet() {
        sameStem("berichtte", "berichten");
        sameStem("meldde", "melden");
        sameStem("verklaarde", "verklaard");
    }

    @Test
    void diminutivePluralMeetsDiminutive() {
        sameStem("huisjes", "huisje");
    }

    @Test
    void diacriticsAreFoldedAfterTheLexiconSawThem() {
        sameStem("Syrië", "Syrie");
        assertTrue(text("Syrië").stream().noneMatch(t -> t.contains("ë")), text("Syrië").toString());
        sameStem("coördinaten", "coordinaten");
    }

    @Test
    void stopWordsAreDropped() {
        assertEquals(text("aanslag"), text("de aanslag van het"));
        assertFalse(text("de aanslag").contains("de"));
        assertTrue(text("de het een van en").isEmpty());
    }

    @Test
    void exactFieldKeepsTheWordButFoldsAndLowercases() {
        assertEquals(List.of("de", "aanslagen", "in", "syrie"),
                Analyze.tokens(client, index, "dutch_exact", "De aanslagen in Syrië"));
    }

    @Test
    void stemmingDoesNotMergeUnrelatedWords() {
        var shared = new java.util.HashSet<>(text("kort"));
        shared.retainAll(text("korting"));
        assertTrue(shared.isEmpty(), "kort and korting must stay apart");
    }
}
