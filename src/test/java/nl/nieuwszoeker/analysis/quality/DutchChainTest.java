package nl.nieuwszoeker.analysis.quality;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analyzers of mappings/articles.json, built with Lucene from the mapping itself (AnalysisChains), so what is
 * measured here is what the index declares. The same words run through the node in DutchAnalysisIT.
 */
class DutchChainTest {

    private final AnalysisChains chains = AnalysisChains.project();
    private final WordFormMeetingTest.Chain chain = WordFormMeetingTest.Chain.project();

    @Test
    void theMappingDeclaresTheMeasuredChainAndStaysSmall() throws Exception {
        assertEquals(List.of("lowercase", "stop", "dutch_compound", "dutch_lemma", "asciifolding", "stemmer",
                        "remove_duplicates"),
                chains.filterNames(AnalysisChains.PROJECT_ANALYZER).stream().map(chains::typeOf).toList());
        assertEquals(List.of("lowercase", "stop", "dutch_lemma", "asciifolding", "stemmer"),
                chains.filterNames(AnalysisChains.PROJECT_QUERY_ANALYZER).stream().map(chains::typeOf).toList());
        assertEquals(List.of("lowercase", "stop", "dutch_compound", "dutch_lemma", "asciifolding", "stemmer"),
                chains.filterNames(AnalysisChains.PROJECT_PARTS_ANALYZER).stream().map(chains::typeOf).toList());
        long size = Files.size(Path.of("mappings/articles.json"));
        assertTrue(size < 8_000, "mappings/articles.json must hold no generated lists; it has " + size + " bytes");
    }

    private void meet(String a, String b) {
        assertTrue(chain.finds(a, b) && chain.finds(b, a), a + " " + tokens(a) + " and " + b + " " + tokens(b) + " must meet");
    }

    private void apart(String a, String b) {
        assertFalse(chain.finds(a, b) || chain.finds(b, a), a + " " + tokens(a) + " and " + b + " " + tokens(b) + " must stay apart");
    }

    private List<String> tokens(String w) {
        return AnalysisChains.tokens(chain.index(), w);
    }

    @Test
    void basicWordsMeetTheirForms() {
        assertAll(
                () -> meet("dag", "dagen"),
                () -> meet("school", "scholen"),
                () -> meet("boot", "boten"),
                () -> meet("fiets", "fietsen"),
                () -> meet("haven", "havens"),
                () -> meet("drone", "drones"),
                () -> meet("zei", "zeggen"),
                () -> meet("zag", "zien"),
                () -> meet("liep", "lopen"),
                () -> meet("groot", "groter"),
                () -> meet("groot", "grootste"),
                () -> meet("huis", "huisje"),
                () -> meet("bom", "bommetje"),
                () -> meet("kind", "kinderen"),
                () -> meet("Syrië", "Syrie"));
    }

    @Test
    void lookAlikesStayApart() {
        assertAll(
                () -> apart("kort", "korting"),
                () -> apart("boom", "bom"),
                () -> apart("zoon", "zon"),
                () -> apart("haven", "haaf"));
    }

    @Test
    void partsFindTheirCompoundButNoSubstringIsAPart() {
        assertAll(
                () -> assertTrue(chain.finds("aanval", "luchtaanvallen"), tokens("luchtaanvallen").toString()),
                () -> assertTrue(chain.finds("oorlog", "burgeroorlog"), tokens("burgeroorlog").toString()),
                () -> assertTrue(chain.finds("station", "metrostation"), tokens("metrostation").toString()),
                () -> assertTrue(chain.finds("haven", "luchthaven"), tokens("luchthaven").toString()),
                () -> assertTrue(chain.finds("kamp", "vluchtelingenkampen"), tokens("vluchtelingenkampen").toString()),
                () -> assertTrue(chain.finds("wereld", "wereldoorlog"), tokens("wereldoorlog").toString()),
                () -> assertFalse(chain.finds("door", "wereldoorlog"), tokens("wereldoorlog").toString()),
                () -> assertFalse(chain.finds("tros", "metrostation"), tokens("metrostation").toString()),
                () -> assertFalse(chain.finds("lucht", "vlucht"), tokens("vlucht").toString()));
    }

    @Test
    void aTypedCompoundAsksForItselfOrAllItsParts() {
        assertAll(
                () -> assertTrue(chain.finds("luchtaanval", "luchtaanvallen")),
                () -> assertTrue(chain.finds("wereldoorlog", "een oorlog om de wereld")),
                () -> assertFalse(chain.finds("geloofsartikel", "artikel")),
                () -> assertFalse(chain.finds("wereldoorlog", "oorlog")));
    }
}
