package nl.nieuwszoeker.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.ArticleSearch;
import org.junit.jupiter.api.Test;

class FollowLinksTest {

    private static final ArticleSearch ON_PAGE_3 = new ArticleSearch("aanslag", Map.of(Facet.PLACE, List.of("Brussel")),
            LocalDate.of(2016, 1, 1), null, ArticleSearch.Sort.NEWEST, 3, 20,
            LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));

    @Test
    void feedAndExportLinksKeepEveryFilterIncludingTheMentionedDates() {
        for (String link : List.of(FollowLinks.feed(ON_PAGE_3), FollowLinks.export(ON_PAGE_3, "csv"))) {
            assertTrue(link.contains("q=aanslag"), link);
            assertTrue(link.contains("place=Brussel"), link);
            assertTrue(link.contains("from=2016-01-01"), link);
            assertTrue(link.contains("mentioned_from=2015-01-01") && link.contains("mentioned_to=2015-12-31"), link);
            assertTrue(!link.contains("page="), link);
        }
    }

    @Test
    void aCorrectedSearchKeepsTheFiltersOfTheTypedOne() {
        ArticleSearch corrected = ON_PAGE_3.withText("aanslagen");
        assertEquals("aanslagen", corrected.q());
        assertEquals(ON_PAGE_3, corrected.withText("aanslag"));
    }
}
