package nl.nieuwszoeker.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Atom writer checked by a real feed parser (Rome), without a node. */
class AtomWriterTest {

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    @Test
    void aRealParserReadsEveryEntryWithItsDatesAndLinks() throws Exception {
        var dated = new FeedService.Entry("a 1", "Titel & <meer>", "Een <mark>match</mark>\u0007", "NOS",
                Instant.parse("2024-05-04T00:00:00Z"), Instant.parse("2024-05-04T00:00:00Z"));
        var undated = new FeedService.Entry("b2", null, "", null, null, Instant.parse("2026-01-02T03:04:05Z"));
        var out = new StringWriter();
        AtomWriter.write(out, new FeedService.Feed(List.of(dated, undated), dated.updated()), "http://h:1", "q=x%26y",
                "Nieuwszoeker: \u201cx&y\u201d");
        SyndFeed feed = parse(out.toString());
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Nieuwszoeker: \u201cx&y\u201d", feed.getTitle());
        assertEquals(2, feed.getEntries().size());
        SyndEntry first = feed.getEntries().get(0);
        assertEquals("urn:nieuwszoeker:artikel:a%201", first.getUri());
        assertEquals("http://h:1/artikel/a%201", first.getLink());
        assertEquals("Titel & <meer>", first.getTitle());
        assertEquals(Date.from(dated.published()), first.getPublishedDate());
        assertTrue(first.getDescription().getValue().contains("<mark>match</mark>"), first.getDescription().getValue());
        SyndEntry second = feed.getEntries().get(1);
        assertNull(second.getPublishedDate(), "no publication date is invented");
        assertEquals(Date.from(undated.updated()), second.getUpdatedDate());
        assertEquals("(zonder titel)", second.getTitle());
    }

    @Test
    void theFeedIdDependsOnlyOnTheSearch() throws Exception {
        var a = new StringWriter();
        var b = new StringWriter();
        var empty = new FeedService.Feed(List.of(), Instant.EPOCH);
        AtomWriter.write(a, empty, "http://h:1", "q=x", "t");
        AtomWriter.write(b, empty, "http://h:1", "q=y", "t");
        assertEquals("urn:nieuwszoeker:zoekopdracht:q%3Dx", parse(a.toString()).getUri());
        assertTrue(!parse(a.toString()).getUri().equals(parse(b.toString()).getUri()));
    }
}
