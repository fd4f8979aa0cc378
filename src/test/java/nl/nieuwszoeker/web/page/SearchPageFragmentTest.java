package nl.nieuwszoeker.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.nieuwszoeker.search.ArticleSearch;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.SearchResult;
import org.junit.jupiter.api.Test;

/** The fragment the script swaps in is exactly the part of the full page below its header. */
class SearchPageFragmentTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private final SearchPage page = new SearchPage(Assets.load());
    private final ErrorPage errors = new ErrorPage(Assets.load());

    private static final ArticleSearch SEARCH = new ArticleSearch("<b>klimaat</b>",
            Map.of(Facet.PLACE, List.of("Den Haag")), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
            ArticleSearch.Sort.NEWEST, 2, 10);

    private static SearchResult result(int places, List<SearchResult.Hit> hits, long total) {
        var values = new ArrayList<SearchResult.FacetValue>();
        values.add(new SearchResult.FacetValue("Den Haag", 7, true));
        for (int i = 0; i < places; i++) {
            values.add(new SearchResult.FacetValue("Plaats " + i, 1000 + i, false));
        }
        var facets = List.of(new SearchResult.FacetResult("place", "Plaats", values),
                new SearchResult.FacetResult("source", "Bron", List.of(new SearchResult.FacetValue("NOS", 3, false))));
        var months = new SearchResult.Histogram("month", List.of(new SearchResult.Bucket("2025-01-01", 2),
                new SearchResult.Bucket("2025-02-01", 0), new SearchResult.Bucket("2025-03-01", 5)));
        return new SearchResult(new SearchResult.Total(total, true), 12, 2, 10, hits, facets, months, "klimaat",
                List.of(new SearchResult.Relaxation("place", "Den Haag", 4)), null, null, null);
    }

    private static SearchResult.Hit hit(String id) {
        return new SearchResult.Hit(id, "Titel " + id, "2025-03-02T09:00:00Z", "NOS", "Binnenland", null,
                "een <mark>klimaat</mark>wet", new SearchResult.Entities(List.of("Rutte"), List.of(), List.of()));
    }

    @Test
    void theFullPageIsTheFrameAroundTheFragment() {
        var result = result(8, List.of(hit("a1"), hit("a2")), 25);
        String full = page.render(SEARCH, result, TODAY);
        String fragment = page.fragment(SEARCH, result, TODAY);
        assertTrue(full.contains(fragment), "the page does not embed the fragment as it is");
        assertTrue(fragment.startsWith("<div id=\"pagina\" data-title=\"\u201c&lt;b&gt;klimaat&lt;/b&gt;\u201d \u2013 Nieuwszoeker\">"),
                fragment);
        assertTrue(fragment.endsWith("</div>"));
        assertFalse(fragment.contains("<header"), "the header with the search box is not swapped");
        assertFalse(fragment.contains("<script"));
        String frame = full.replace(fragment, "");
        for (String part : List.of("id=\"inhoud\"", "class=\"facet\"", "id=\"status\"", "class=\"pages\"", "class=\"hits\"",
                "id=\"histogram\"", "class=\"dym\"")) {
            assertFalse(frame.contains(part), part + " is rendered outside the fragment");
            assertTrue(fragment.contains(part), part + " is missing from the fragment");
        }
    }

    @Test
    void theFragmentCarriesWhatTheScriptUsedToKnow() {
        String fragment = page.fragment(SEARCH, result(8, List.of(hit("a1")), 25), TODAY);
        assertTrue(fragment.contains("<strong>25 resultaten</strong>"), fragment);
        assertTrue(fragment.contains("aria-label=\"Pagina 3\""), fragment);
        assertTrue(fragment.contains("<time datetime=\"2025-03-02\">2 maart 2025</time>"), fragment);
        assertTrue(fragment.contains("aria-label=\"maart 2025: 5 artikelen\""), fragment);
        assertTrue(fragment.contains("data-from-param=\"from\" data-to-param=\"to\""), fragment);
        // Nine values, one of them selected: five unselected are shown, three fold away behind the button.
        assertEquals(3, count(fragment, "<li class=\"extra\">"));
        assertTrue(fragment.contains("data-more=\"Toon meer (3)\" data-less=\"Toon minder\""), fragment);
        assertFalse(fragment.contains("data-facet=\"source\"><legend>Bron</legend><input"),
                "a short list gets no search field");
    }

    @Test
    void aFacetSearchAnswersWithTheSidebarsOwnListItems() {
        String fragment = page.fragment(SEARCH, result(2, List.of(hit("a1")), 1), TODAY);
        var found = new SearchResult.FacetResult("place", "Plaats", List.of(
                new SearchResult.FacetValue("Den Haag", 7, true), new SearchResult.FacetValue("Plaats 1", 1001, false)));
        String list = page.facetValues(found);
        assertTrue(list.startsWith("<ul class=\"values\">") && list.endsWith("</ul>"), list);
        List<String> items = items(list);
        assertEquals(2, items.size(), list);
        for (String item : items) {
            assertTrue(fragment.contains(item), "the sidebar renders " + item + " differently");
        }
        assertTrue(list.contains("<span class=\"n\">1.001</span>"), list);
        String none = page.facetValues(new SearchResult.FacetResult("place", "Plaats", List.of()));
        assertEquals("<ul class=\"values\"><li class=\"n\">Geen waarden gevonden</li></ul>", none);
    }

    @Test
    void anErrorIsAFragmentForTheSamePlace() {
        String full = errors.render("bad_request", "from", "brug");
        String fragment = errors.fragment("bad_request", "from");
        assertTrue(full.contains(fragment), full);
        assertTrue(fragment.startsWith("<div id=\"pagina\" data-title=\"Deze zoekopdracht klopt niet \u2013 Nieuwszoeker\">"),
                fragment);
        assertTrue(fragment.contains("<main id=\"inhoud\" class=\"article error\""), fragment);
        assertTrue(fragment.contains("De datum bij \u2018Van\u2019"), fragment);
        assertTrue(full.contains("<title>Deze zoekopdracht klopt niet \u2013 Nieuwszoeker</title>"), full);
    }

    @Test
    void zeroHitsWithASuggestionOfferTheSuggestionAndTheRelaxations() {
        String fragment = page.fragment(SEARCH, result(0, List.of(), 0), TODAY);
        assertTrue(fragment.contains("<p class=\"dym\">Bedoelde u <a href=\"/?q=klimaat&amp;place=Den+Haag"
                + "&amp;from=2025-01-01&amp;to=2025-06-30&amp;sort=newest\">klimaat</a>?</p>"), fragment);
        assertTrue(fragment.contains("Zonder plaats \u201cDen Haag\u201d</a> <span class=\"n\">4 resultaten</span>"),
                fragment);
        assertFalse(fragment.contains("class=\"pages\""), fragment);
    }

    private static List<String> items(String html) {
        Matcher m = Pattern.compile("<li>.*?</li>").matcher(html);
        var out = new ArrayList<String>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
