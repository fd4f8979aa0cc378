package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import nl.nieuwszoeker.support.Api;
import nl.nieuwszoeker.support.SeedIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /api/search and the server-rendered page on the seeds: the "Genoemde data" timeline and its filter. */
class MentionedDatesApiIT {

    private static Api.Server server;

    @BeforeAll
    static void start() {
        server = Api.start(SeedIndex.alias());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Api.Answer get(String pathAndQuery) {
        return server.get(pathAndQuery);
    }

    @Test
    void theApiAnswersWithASecondHistogramAndFiltersByAMentionedYear() {
        Api.Answer all = get("/api/search");
        assertEquals(200, all.status(), all.text());
        JsonNode buckets = all.json().at("/mentionedHistogram/buckets");
        assertEquals("2005-01-01", buckets.get(0).get("key").asText());
        assertEquals("2019-01-01", buckets.get(buckets.size() - 1).get("key").asText());

        Api.Answer in2015 = get("/api/search?mentioned_from=2015-01-01&mentioned_to=2015-12-31");
        assertEquals(200, in2015.status(), in2015.text());
        assertEquals(1, in2015.json().at("/total/value").asLong());
    }

    @Test
    void aBadMentionedDateIsA400NamingTheParameter() {
        Api.Answer bad = get("/api/search?mentioned_from=2015-02-31");
        assertEquals(400, bad.status());
        assertEquals("mentioned_from", bad.json().get("param").asText());
        Api.Answer reversed = get("/api/search?mentioned_from=2016-01-01&mentioned_to=2015-01-01");
        assertEquals(400, reversed.status());
    }

    @Test
    void thePageShowsTheTimelineWithLinksThatFilterByYear() {
        Api.Answer page = get("/");
        assertEquals(200, page.status());
        String html = page.text();
        assertTrue(html.contains("<section id=\"genoemd\""), "second timeline present");
        assertTrue(html.contains("Genoemde data"), "headed Genoemde data");
        assertTrue(html.contains("data-from-param=\"mentioned_from\""));
        assertTrue(html.contains("mentioned_from=2015-01-01&amp;mentioned_to=2015-12-31"), "a bar links to its year");

        String filtered = get("/?mentioned_from=2015-01-01&mentioned_to=2015-12-31").text();
        assertTrue(filtered.contains("Genoemd:"), "an active-filter chip for the range");
        assertTrue(filtered.contains("class=\"bar in\" data-i=\"10\""), "the 2015 bar is marked as chosen");
        // Kamala Harris is named only in the other seed (Joe Biden also appears in the page's syntax help).
        assertTrue(filtered.contains("Oussama Atar") && !filtered.contains("Kamala Harris"), "only the Atar article");
    }
}
