package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.nieuwszoeker.support.Api;
import nl.nieuwszoeker.support.FixtureCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/search over the fixture corpus: Dutch query semantics, every parameter, and every 400. */
class SearchApiIT {

    private static Api.Server server;

    @BeforeAll
    static void start() {
        server = Api.start(FixtureCorpus.index("search-api-it"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Api.Answer get(String pathAndQuery) {
        return server.get(pathAndQuery);
    }

    private static JsonNode search(String query) {
        Api.Answer a = get("/api/search?" + query);
        assertEquals(200, a.status(), a.text());
        return a.json();
    }

    private static List<String> ids(String q) {
        return ids(search("size=100&q=" + enc(q)));
    }

    private static List<String> ids(JsonNode result) {
        var out = new ArrayList<String>();
        result.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    private static Set<String> idSet(String q) {
        return new HashSet<>(ids(q));
    }

    @Test
    void inflectedFormsFindEachOther() {
        assertEquals(idSet("overstroming"), idSet("overstromingen"));
        assertEquals(Set.of("a9", "a10"), idSet("overstromingen"));
        assertEquals(Set.of("a2", "a5"), idSet("gevallen OR verkiezing"));
    }

    @Test
    void accentsAreIgnored() {
        assertEquals(idSet("Syrië"), idSet("syrie"));
        assertEquals(Set.of("a1", "a3", "a6", "a8"), idSet("Syrië"));
    }

    @Test
    void allWordsAreRequiredByDefault() {
        assertEquals(Set.of("a3"), idSet("Irak Syrië"));
    }

    @Test
    void orMakesAlternatives() {
        assertEquals(Set.of("a1", "a3", "a5", "a6", "a8"), idSet("Irak OR Syrië"));
    }

    @Test
    void minusExcludesAWordAndItsInflections() {
        assertEquals(Set.of("a1", "a6", "a8"), idSet("Syrië -Irak"));
        assertEquals(Set.of("a3", "a6"), idSet("Syrië -kind"), "kind also excludes kinderen, and a8's kinderopvang");
    }

    @Test
    void quotesMatchTheExactUnstemmedPhrase() {
        assertEquals(Set.of("a1", "a7", "a8"), idSet("kinderen"), "lemmatised: kinderen also matches kind and kinderopvang");
        assertEquals(Set.of("a1", "a7"), idSet("\"kinderen\""));
        assertEquals(Set.of(), idSet("\"kind\""), "no article has the bare word kind");
        assertEquals(Set.of("a6"), idSet("\"Den Haag debatteerde\""));
        assertEquals(Set.of(), idSet("\"Haag Den\""));
        assertEquals(Set.of("a8"), idSet("Syrië -Irak -Rutte -luchtaanval"));
        assertEquals(Set.of(), idSet("Syrië -Irak -Rutte -luchtaanval -\"in Syrië werd\""));
    }

    @Test
    void titleWeighsMoreThanBody() {
        List<String> order = ids("overstroming");
        assertEquals(List.of("a9", "a10"), order, "a9 has the word in its title, a10 only in its body");
        assertEquals("a10", ids("luchtaanval").get(0), "a10 is the only article with just the word as title");
    }

    @Test
    void sortNewestAndOldestOrderByDate() {
        List<String> newest = new ArrayList<>();
        search("size=100&sort=newest").get("hits").forEach(h -> newest.add(h.get("published").asText()));
        List<String> sorted = new ArrayList<>(newest);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, newest);
        assertEquals(FixtureCorpus.ARTICLES.size(), newest.size());
        List<String> oldest = new ArrayList<>();
        search("size=100&sort=oldest").get("hits").forEach(h -> oldest.add(h.get("published").asText()));
        java.util.Collections.reverse(sorted);
        assertEquals(sorted, oldest);
        assertEquals(ids(search("size=100&sort=relevance&q=Syri%C3%AB")), ids(search("size=100&q=Syri%C3%AB")),
                "relevance is the default");
    }

    @Test
    void pagesAreConsecutiveSlicesOfOneOrder() {
        List<String> all = ids(search("size=100&sort=oldest"));
        List<String> paged = new ArrayList<>();
        for (int page = 1; (page - 1) * 3 < all.size(); page++) {
            JsonNode r = search("sort=oldest&size=3&page=" + page);
            assertEquals(page, r.get("page").asInt());
            assertEquals(3, r.get("size").asInt());
            assertEquals(all.size(), r.get("total").get("value").asInt());
            paged.addAll(ids(r));
        }
        assertEquals(all, paged);
        assertEquals(10, ids(search("")).size(), "size defaults to 10");
    }

    @Test
    void sizeZeroGivesCountsWithoutHits() {
        JsonNode r = search("size=0");
        assertEquals(0, r.get("hits").size());
        assertEquals(FixtureCorpus.ARTICLES.size(), r.get("total").get("value").asInt());
        assertFalse(r.get("facets").get(0).get("values").isEmpty());
    }

    @Test
    void fromAndToBoundTheDatesInclusively() {
        JsonNode r = search("size=100&from=2024-02-05&to=2024-03-15");
        assertEquals(Set.of("a2", "a3", "a4", "a5"), new HashSet<>(ids(r)));
        assertEquals(publishedWithin("2024-05-02", "9999-12-31"), new HashSet<>(ids(search("size=100&from=2024-05-02"))));
        assertEquals(Set.of("a1"), new HashSet<>(ids(search("size=100&to=2024-01-10"))));
    }

    private static Set<String> publishedWithin(String from, String to) {
        var out = new HashSet<String>();
        FixtureCorpus.ARTICLES.stream().filter(a -> a.published().compareTo(from) >= 0 && a.published().compareTo(to) <= 0)
                .forEach(a -> out.add(a.id()));
        return out;
    }

    @Test
    void hitsCarryTheFieldsOfTheContract() {
        JsonNode hit = search("q=Curacao").get("hits").get(0);
        assertEquals("a7", hit.get("id").asText());
        assertEquals("Carnaval op Curaçao", hit.get("title").asText());
        assertEquals("2024-04-20", hit.get("published").asText());
        assertEquals("Parool", hit.get("source").asText());
        assertEquals("Buitenland", hit.get("section").asText());
        assertEquals("https://example.org/a7", hit.get("url").asText());
        assertEquals("Curaçao", hit.get("entities").get("places").get(0).asText());
        assertTrue(hit.get("snippet").asText().contains("<mark>Curaçao</mark>"), hit.get("snippet").asText());
        assertTrue(search("q=Curacao").get("took").asLong() >= 0);
    }

    @Test
    void snippetsEscapeTheTextAndOnlyMarkIsMarkup() {
        String snippet = search("q=" + enc("alert website")).get("hits").get(0).get("snippet").asText();
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
        assertTrue(snippet.contains("&amp;"), snippet);
    }

    @Test
    void aMisspeltWordGetsASuggestionThatFinds() {
        JsonNode r = search("literal=1&q=" + enc("museun"));
        assertEquals(0, r.get("total").get("value").asInt());
        String suggestion = r.get("didYouMean").asText();
        assertEquals("museum", suggestion);
        assertNotEquals(0, search("q=" + enc(suggestion)).get("total").get("value").asInt());
        assertTrue(search("q=Syri%C3%AB").get("didYouMean").isNull(), "enough hits: no suggestion");
    }

    @Test
    void aMisspeltWordWithoutHitsAnswersWithTheCorrectedResults() {
        JsonNode r = search("q=" + enc("museun"));
        assertEquals("museun", r.get("correctedFrom").asText());
        assertEquals("museum", r.get("correctedTo").asText());
        assertTrue(r.get("didYouMean").isNull());
        assertEquals(search("q=museum").get("total").get("value").asInt(), r.get("total").get("value").asInt());
        assertTrue(search("q=museum").get("correctedFrom").isNull(), "a word that is fine is left alone");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"\"", "\"\"\"", "(((", "foo:bar AND", "\\", "*", "?", "a~2", "a^3", "[x TO y]",
            "{\"json\": 1}", "-", "--", "OR", "NOT", "AND OR NOT", "- \"", "\u0000\u0007\u001b", "title:(Syrië OR)",
            "😀 Syrië", "/regex/", "a && b || !c", "<script>alert(1)</script>", "%", "'; DROP TABLE", "de het een"})
    void anyTypedStringGivesResults(String q) {
        Api.Answer a = get("/api/search?q=" + enc(q));
        assertEquals(200, a.status(), q + " -> " + a.text());
        assertNotNull(a.json().get("hits"));
    }

    @Test
    void stopWordsAloneMatchEverything() {
        assertEquals(FixtureCorpus.ARTICLES.size(), search("q=de+het").get("total").get("value").asInt());
    }

    @Test
    void invalidUtf8InTheQueryStringIsNotAServerError() {
        Api.Answer a = get("/api/search?q=%ED%A0%80%FF");
        assertTrue(a.status() == 200 || a.status() == 400, a.text());
    }

    private static void assertBadRequest(String query, String param) {
        Api.Answer a = get("/api/search?" + query);
        assertEquals(400, a.status(), query + " -> " + a.text());
        assertEquals("bad_request", a.json().get("error").asText());
        assertEquals(param, a.json().get("param").asText());
        assertFalse(a.json().get("message").asText().isBlank());
        assertEquals(Set.of("error", "message", "param"), fieldNames(a.json()));
    }

    static Set<String> fieldNames(JsonNode n) {
        var names = new HashSet<String>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyInvalidParameterIsA400NamingIt() {
        assertBadRequest("q=" + "a".repeat(10_240), "q");
        assertBadRequest("q=a&q=b", "q");
        assertBadRequest("page=0", "page");
        assertBadRequest("page=x", "page");
        assertBadRequest("page=99999999999", "page");
        assertBadRequest("size=-1", "size");
        assertBadRequest("size=101", "size");
        assertBadRequest("size=1.5", "size");
        assertBadRequest("page=101&size=100", "page");
        assertBadRequest("page=10001&size=1", "page");
        assertBadRequest("from=2024-13-01", "from");
        assertBadRequest("from=yesterday", "from");
        assertBadRequest("to=2024-02-30", "to");
        assertBadRequest("from=2024-03-01&to=2024-02-01", "from");
        assertBadRequest("sort=random", "sort");
        assertBadRequest("plaats=Irak", "plaats");
        assertBadRequest("place=" + "x".repeat(201), "place");
        assertBadRequest("place=" + String.join("&place=", java.util.stream.IntStream.range(0, 51).mapToObj(i -> "p" + i).toList()), "place");
    }

    @Test
    void theLastReachablePageIsAllowed() {
        assertEquals(200, get("/api/search?page=100&size=100").status());
    }

    @Test
    void emptyValuesCountAsAbsent() {
        assertEquals(FixtureCorpus.ARTICLES.size(), search("q=&place=&from=&sort=&page=&size=").get("total").get("value").asInt());
    }

    @Test
    void otherMethodsAnswer405InTheErrorShape() {
        var r = server.http().post("/api/search", "{}");
        String text = r.body().string();
        assertEquals(405, r.code(), text);
        assertTrue(text.contains("\"error\":\"method_not_allowed\""), text);
    }

    @Test
    void unknownEndpointsAnswerInTheErrorShape() {
        Api.Answer a = get("/api/nothing-here");
        assertEquals(404, a.status());
        assertEquals("not_found", a.json().get("error").asText());
        assertEquals(Set.of("error", "message"), fieldNames(a.json()));
    }

    @Test
    void thePageStillAnswers() {
        Api.Answer a = get("/?q=" + enc("Syrië"));
        assertEquals(200, a.status());
        assertTrue(a.text().contains("resultaten"));
    }
}
