package nl.nieuwszoeker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.support.SeedIndex;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.Test;

/**
 * The dates the seed articles mention, as the second timeline and as a filter. The Atar article mentions 2005,
 * 13 november 2015, 22 maart 2016 and 17 november 2017; the al-Qurayshi article 2014, maart 2019, oktober 2019
 * and 2019.
 */
class MentionedDatesIT {

    private final SearchService search = new SearchService(TestElasticsearch.client(), SeedIndex.alias());

    private SearchResult search(Map<Facet, List<String>> filters, String from, String to) {
        return search.search(new ArticleSearch("", filters, null, null, ArticleSearch.Sort.RELEVANCE, 1, 10,
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to)));
    }

    private static Map<String, Long> years(SearchResult result) {
        var out = new LinkedHashMap<String, Long>();
        result.mentionedHistogram().buckets().forEach(b -> out.put(b.key().substring(0, 4), b.count()));
        return out;
    }

    @Test
    void theTimelineRunsFromTheFirstToTheLastYearTheSeedsMention() {
        Map<String, Long> years = years(search(Map.of(), null, null));
        assertEquals("2005", years.keySet().iterator().next());
        assertEquals("2019", List.copyOf(years.keySet()).get(years.size() - 1));
        assertEquals(15, years.size(), "every year in between has a bar, empty ones too: " + years);
        assertEquals(1L, years.get("2015"));
        assertEquals(1L, years.get("2019"));
        assertEquals(0L, years.get("2010"));
        assertEquals("year", search(Map.of(), null, null).mentionedHistogram().interval());
    }

    @Test
    void filteringByAMentionedYearKeepsTheArticlesThatMentionIt() {
        SearchResult in2015 = search(Map.of(), "2015-01-01", "2015-12-31");
        assertEquals(1, in2015.total().value());
        assertTrue(in2015.hits().get(0).entities().persons().contains("Oussama Atar"));
        assertEquals(1, search(Map.of(), "2019-10-01", "2019-10-31").total().value(), "oktober 2019");
        assertEquals(2, search(Map.of(), "2014-01-01", "2016-12-31").total().value());
        assertEquals(0, search(Map.of(), "2020-01-01", null).total().value());
    }

    @Test
    void theTimelineIgnoresItsOwnRangeButFollowsTheOtherFilters() {
        SearchResult filtered = search(Map.of(), "2015-01-01", "2015-12-31");
        assertEquals(years(search(Map.of(), null, null)), years(filtered), "bars outside the range stay visible");
        Map<String, Long> withBiden = years(search(Map.of(Facet.PERSON, List.of("Joe Biden")), null, null));
        assertEquals(0L, withBiden.getOrDefault("2015", 0L), "only the al-Qurayshi article names Biden");
        assertEquals(1L, withBiden.get("2019"));
    }

    @Test
    void zeroHitsOfferDroppingTheMentionedRange() {
        SearchResult none = search(Map.of(Facet.PERSON, List.of("Joe Biden")), "2015-01-01", "2015-12-31");
        assertEquals(0, none.total().value());
        assertTrue(none.relaxations().stream().anyMatch(r -> r.param().equals("mentioned") && r.total() == 1),
                none.relaxations().toString());
    }
}
