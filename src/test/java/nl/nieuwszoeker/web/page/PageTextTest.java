package nl.nieuwszoeker.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.ArticleSearch;
import org.junit.jupiter.api.Test;

class PageTextTest {

    @Test
    void keepsMarksAndEscapedTextAsTheyAre() {
        String s = "de <mark>kinderen</mark> &lt;b&gt; en &amp; meer";
        assertEquals(s, Snippet.clean(s));
    }

    @Test
    void escapesAnyOtherTagThatSlipsThrough() {
        assertEquals("&lt;img src=x onerror=alert(1)&gt; <mark>x</mark>",
                Snippet.clean("<img src=x onerror=alert(1)> <mark>x</mark>"));
    }

    @Test
    void closesAnUnbalancedMarkAndDropsAStrayClose() {
        assertEquals("a<mark>b</mark>", Snippet.clean("a</mark><mark>b"));
    }

    @Test
    void queryStringLeavesOutDefaultsAndEncodesValues() {
        var r = new ArticleSearch("a&b", Map.of(Facet.PLACE, List.of("Den Haag"), Facet.SOURCE, List.of("NOS")),
                LocalDate.of(2025, 1, 1), null, ArticleSearch.Sort.NEWEST, 2, 10);
        assertEquals("/?q=a%26b&place=Den+Haag&source=NOS&from=2025-01-01&sort=newest&page=2", QueryString.href(r));
        assertEquals("/", QueryString.href(new ArticleSearch("", Map.of(), null, null,
                ArticleSearch.Sort.RELEVANCE, 1, 10)));
    }
}
