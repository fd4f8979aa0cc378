package nl.nieuwszoeker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.nieuwszoeker.support.Analyze;
import nl.nieuwszoeker.support.SeedIndex;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.Test;

/** Stemming and folding seen from the outside: searches over the two seed articles. */
class SeedSearchIT {

    private final SearchService search = new SearchService(TestElasticsearch.client(), SeedIndex.alias());

    private long hits(String q) {
        return search.search(q, 10).total().value();
    }

    @Test
    void singularFindsArticlesThatOnlyUseThePlural() {
        assertEquals(1, hits("kopstuk"), "only the Atar article speaks of kopstukken");
    }

    @Test
    void foldedSpellingFindsTheAccentedWord() {
        assertEquals(hits("Syrië"), hits("Syrie"));
        assertEquals(2, hits("Syrie"));
    }

    @Test
    void kindFindsTheArticleAboutKinderen() {
        assertEquals(1, hits("kind"));
    }

    @Test
    void highlightMarksTheInflectedFormInTheText() {
        var result = search.search("kopstuk", 10);
        assertTrue(result.hits().get(0).snippet().contains("<mark>kopstukken</mark>")
                || result.hits().get(0).snippet().contains("kopstukken</mark>"), result.hits().get(0).snippet());
    }

    @Test
    void aWordInNeitherArticleFindsNothing() {
        assertEquals(0, hits("voetbalwedstrijd"));
    }

    @Test
    void aPartOfACompoundFindsTheCompound() {
        assertEquals(2, hits("aanval"), "the Atar article only has luchtaanval(len)");
        assertEquals(2, hits("terrorist"), "IS-terrorist and opperterrorist count too");
        assertEquals(1, hits("explosie"), "only the al-Qurayshi article has a bomexplosie");
    }

    @Test
    void irregularAndDoubledPluralsMeetTheirSingular() {
        assertEquals(1, hits("neef"), "the Atar article has neven");
        assertEquals(1, hits("bommen"), "the al-Qurayshi article has bom");
        assertEquals(1, hits("huizen"), "the al-Qurayshi article has huis");
    }

    @Test
    void highlightMarksTheWholeCompound() {
        var snippet = search.search("explosie", 10).hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>bomexplosie</mark>"), snippet);
    }

    @Test
    void exactWordRanksAboveAMatchInsideACompound() {
        var hits = search.search("aanval", 10).hits();
        assertTrue(hits.get(0).title().startsWith("Speciale eenheden"),
                "the article with the word aanval itself must come before the one with only luchtaanval");
    }

    @Test
    void lexiconFormsAndCompoundPartsFindTheSeeds() {
        assertEquals(1, hits("dag"), "the Atar article has dagen");
        assertEquals(1, hits("dagen"));
        assertEquals(1, hits("drone"), "the Atar article has drones");
        assertEquals(1, hits("zeggen"), "the al-Qurayshi article has zei");
        assertEquals(1, hits("station"), "the Atar article has metrostation");
        assertEquals(1, hits("haven"), "the Atar article has luchthaven");
        assertEquals(1, hits("kamp"), "the al-Qurayshi article has vluchtelingenkampen");
        assertEquals(1, hits("oorlog"), "the al-Qurayshi article has burgeroorlog");
    }

    @Test
    void aSubstringOfACompoundIsNoPart() {
        // Both articles have "door"; only the al-Qurayshi article has wereld and (burger)oorlog, all the parts.
        assertEquals(1, hits("wereldoorlog"));
        assertEquals(1, hits("wereld oorlog"));
        var wereldoorlog = Analyze.tokens(TestElasticsearch.client(), SeedIndex.alias(), "dutch_text", "wereldoorlog");
        assertEquals(3, wereldoorlog.size(), "the word, wereld and oorlog: " + wereldoorlog);
        assertTrue(wereldoorlog.stream().noneMatch(t -> t.startsWith("door")), wereldoorlog.toString());
    }

    @Test
    void highlightMarksTheCompoundAPartFound() {
        var snippet = search.search("station", 10).hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>metrostation</mark>"), snippet);
    }
}
