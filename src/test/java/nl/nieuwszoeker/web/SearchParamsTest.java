package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.search.ArticleSearch;
import nl.nieuwszoeker.search.Facet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query parameters to a validated search, and the parameter each 400 names; SearchApiIT checks the HTTP side. */
class SearchParamsTest {

    private static Map<String, List<String>> params(String... pairs) {
        var out = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return out;
    }

    @Test
    void noParametersIsTheFirstPageOfEverythingByRelevance() {
        ArticleSearch s = SearchParams.search(Map.of());
        assertNull(s.q());
        assertEquals(Map.of(), s.filters());
        assertEquals(ArticleSearch.Sort.RELEVANCE, s.sort());
        assertEquals(1, s.page());
        assertEquals(10, s.size());
        assertNull(s.from());
    }

    @Test
    void repeatedFacetParametersAreOneSelectionWithoutBlanksOrDuplicates() {
        ArticleSearch s = SearchParams.search(params("place", " Amsterdam ", "place", "Utrecht", "place", "Amsterdam",
                "place", "", "source", "NOS"));
        assertEquals(Map.of(Facet.PLACE, List.of("Amsterdam", "Utrecht"), Facet.SOURCE, List.of("NOS")), s.filters());
    }

    @Test
    void datesAreReadTheIsoAndTheDutchWay() {
        ArticleSearch s = SearchParams.search(params("from", "2024-02-01", "to", "31-03-2024", "sort", " Newest ",
                "page", "3", "size", "20"));
        assertEquals(LocalDate.of(2024, 2, 1), s.from());
        assertEquals(LocalDate.of(2024, 3, 31), s.to());
        assertEquals(ArticleSearch.Sort.NEWEST, s.sort());
        assertEquals(3, s.page());
        assertEquals(20, s.size());
    }

    @ParameterizedTest
    @CsvSource({
            "page, 0, page",
            "size, 101, size",
            "size, -1, size",
            "size, tien, size",
            "page, 101, page",
            "sort, random, sort",
            "from, 2024-02-30, from",
            "from, 31/03/2024, from",
            "color, red, color",
    })
    void aBadParameterIsNamed(String name, String value, String named) {
        var p = params(name, value);
        if (name.equals("page")) {
            p.put("size", List.of("100"));
        }
        assertEquals(named, assertThrows(BadRequest.class, () -> SearchParams.search(p)).param());
    }

    @Test
    void aRangeMustRunForwards() {
        assertEquals("from", assertThrows(BadRequest.class,
                () -> SearchParams.search(params("from", "2024-04-01", "to", "2024-03-01"))).param());
        assertEquals("mentioned_from", assertThrows(BadRequest.class,
                () -> SearchParams.search(params("mentioned_from", "2020-01-01", "mentioned_to", "2019-12-31"))).param());
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        assertEquals("q", assertThrows(BadRequest.class, () -> SearchParams.search(params("q", "a", "q", "b"))).param());
    }

    @Test
    void limitsOnTextAndValues() {
        assertEquals("q", assertThrows(BadRequest.class,
                () -> SearchParams.search(params("q", "x".repeat(SearchParams.MAX_QUERY_LENGTH + 1)))).param());
        assertEquals("tag", assertThrows(BadRequest.class,
                () -> SearchParams.search(params("tag", "x".repeat(SearchParams.MAX_VALUE_LENGTH + 1)))).param());
        var many = new LinkedHashMap<String, List<String>>();
        many.put("person", java.util.stream.IntStream.rangeClosed(0, SearchParams.MAX_VALUES)
                .mapToObj(i -> "p" + i).toList());
        assertEquals("person", assertThrows(BadRequest.class, () -> SearchParams.search(many)).param());
    }
}
