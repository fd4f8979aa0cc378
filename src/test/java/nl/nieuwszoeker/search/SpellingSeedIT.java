package nl.nieuwszoeker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.nieuwszoeker.support.SeedIndex;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Spelling help over the two seed articles: silent for words that are fine, corrected results for typos. */
class SpellingSeedIT {

    private final SearchService search = new SearchService(TestElasticsearch.client(), SeedIndex.alias());

    private static ArticleSearch request(String q) {
        return new ArticleSearch(q, Map.of(), null, null, ArticleSearch.Sort.RELEVANCE, 1, 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aanslag", "aanslagen", "neef", "vrouw", "vrouwen", "terroristen", "terrorist", "Parijs",
            "kopstuk", "luchtaanval", "Brussel"})
    void aWordThatIsFineGetsNoSuggestion(String q) {
        SearchResult r = search.search(request(q));
        assertTrue(r.total().value() > 0, q + " is in the seeds");
        assertNull(r.didYouMean(), q + " -> " + r.didYouMean());
        assertNull(r.correctedFrom(), q);
    }

    @ParameterizedTest
    @CsvSource({"Parys, parijs", "terorist, terrorist", "Brusel, brussel", "luchtanval, luchtaanval"})
    void aMisspellingWithoutHitsShowsTheCorrectedResults(String typed, String corrected) {
        SearchResult r = search.search(request(typed));
        assertEquals(typed, r.correctedFrom());
        assertEquals(corrected, r.correctedTo());
        assertEquals(search.search(request(corrected)).total().value(), r.total().value());
        assertTrue(r.total().value() > 0);
        assertNull(r.didYouMean());
    }

    @ParameterizedTest
    @CsvSource({"Parys, parijs"})
    void searchingLiterallyKeepsTheTypedTextAndOffersTheCorrection(String typed, String corrected) {
        SearchResult r = search.search(request(typed), false);
        assertEquals(0, r.total().value());
        assertNull(r.correctedFrom());
        assertEquals(corrected, r.didYouMean());
    }

    @ParameterizedTest
    @CsvSource({"'Parys Atar', 'parijs Atar'"})
    void onlyTheMisspeltWordIsReplaced(String typed, String corrected) {
        SearchResult r = search.search(request(typed));
        assertEquals(corrected, r.correctedTo());
    }
}
