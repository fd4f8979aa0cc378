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
    void irregularPluralKinderenMeetsKindThroughTheOverride() {
        sameStem("kinderen", "kind");
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
    void diacriticsAreFolded() {
        assertEquals(List.of("syrie"), text("Syrië"));
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
