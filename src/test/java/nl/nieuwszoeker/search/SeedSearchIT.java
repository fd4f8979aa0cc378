package nl.nieuwszoeker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
