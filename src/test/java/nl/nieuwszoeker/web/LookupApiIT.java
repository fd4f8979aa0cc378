package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.support.Api;
import nl.nieuwszoeker.support.FixtureCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One article, autocomplete, facet values and health, over the fixture corpus. */
class LookupApiIT {

    private static Api.Server server;

    @BeforeAll
    static void start() {
        server = Api.start(FixtureCorpus.index("lookup-api-it"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Api.Answer get(String pathAndQuery) {
        return server.get(pathAndQuery);
    }

    private static JsonNode ok(String pathAndQuery) {
        Api.Answer a = get(pathAndQuery);
        assertEquals(200, a.status(), a.text());
        return a.json();
    }

    private static void assertError(String pathAndQuery, int status, String error, String param) {
        Api.Answer a = get(pathAndQuery);
        assertEquals(status, a.status(), pathAndQuery + " -> " + a.text());
        assertEquals(error, a.json().get("error").asText());
        assertEquals(param, a.json().get("param").asText());
    }

    private static List<String> texts(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void anArticleIsReturnedWhole() {
        Article a7 = FixtureCorpus.ARTICLES.stream().filter(a -> a.id().equals("a7")).findFirst().orElseThrow();
        JsonNode json = ok("/api/articles/a7");
        assertEquals(a7.title(), json.get("title").asText());
        assertEquals(a7.body(), json.get("body").asText());
        assertEquals(a7.published(), json.get("published").asText());
        assertEquals(a7.places(), texts(json.get("places")));
        assertEquals(a7.wordCount(), json.get("word_count").asInt());
        assertFalse(json.has("suggest"), "the completion inputs are index internals");
    }

    @Test
    void anUnknownArticleIs404() {
        assertError("/api/articles/nope", 404, "not_found", "id");
        assertError("/api/articles/" + URLEncoder.encode("../_search", StandardCharsets.UTF_8), 404, "not_found", "id");
        assertError("/api/articles/a7?x=1", 400, "bad_request", "x");
    }

    @Test
    void suggestCompletesEntityNamesIgnoringCaseAndAccents() {
        assertEquals(List.of("Curaçao"), texts(ok("/api/suggest?q=cura").get("suggestions")));
        assertEquals(List.of("Curaçao"), texts(ok("/api/suggest?q=CURAC").get("suggestions")));
        assertEquals(List.of("Syrië"), texts(ok("/api/suggest?q=syri").get("suggestions")));
        assertEquals(List.of("Mark Rutte"), texts(ok("/api/suggest?q=mark%20r").get("suggestions")));
    }

    @Test
    void suggestCompletesTitles() {
        assertTrue(texts(ok("/api/suggest?q=carn").get("suggestions")).contains("Carnaval op Curaçao"));
        List<String> many = texts(ok("/api/suggest?q=l&size=1").get("suggestions"));
        assertEquals(1, many.size(), "size limits the list");
    }

    @Test
    void suggestValidatesItsParameters() {
        assertEquals(List.of(), texts(ok("/api/suggest?q=%20").get("suggestions")));
        assertError("/api/suggest", 400, "bad_request", "q");
        assertError("/api/suggest?q=" + "a".repeat(101), 400, "bad_request", "q");
        assertError("/api/suggest?q=a&size=0", 400, "bad_request", "size");
        assertError("/api/suggest?q=a&size=21", 400, "bad_request", "size");
        assertError("/api/suggest?q=a&place=Irak", 400, "bad_request", "place");
    }

    private static Map<String, Long> counts(JsonNode facet) {
        Map<String, Long> out = new TreeMap<>();
        facet.get("values").forEach(v -> out.put(v.get("value").asText(), v.get("count").asLong()));
        return out;
    }

    private static long places(String place) {
        return FixtureCorpus.count(a -> a.places().contains(place));
    }

    @Test
    void facetValuesMatchThePrefixIgnoringCaseAndAccents() {
        assertEquals(Map.of("Curaçao", places("Curaçao")), counts(ok("/api/facets/place?prefix=CURAC")));
        assertEquals(Map.of("Syrië", places("Syrië")), counts(ok("/api/facets/place?prefix=syrie")));
        assertEquals(Map.of("Den Haag", places("Den Haag")), counts(ok("/api/facets/place?prefix=den%20h")));
        assertEquals(Map.of(), counts(ok("/api/facets/place?prefix=" + URLEncoder.encode("(.*", StandardCharsets.UTF_8))));
    }

    @Test
    void facetValuesCountUnderTheCurrentSearchButNotTheirOwnSelection() {
        Map<String, Long> expected = new TreeMap<>(FixtureCorpus.ARTICLES.stream()
                .filter(a -> a.source().equals("NOS")).flatMap(a -> a.places().stream())
                .collect(Collectors.groupingBy(v -> v, Collectors.counting())));
        JsonNode facet = ok("/api/facets/place?source=NOS&place=Irak");
        assertEquals(expected, counts(facet));
        facet.get("values").forEach(v -> assertEquals(v.get("value").asText().equals("Irak"), v.get("selected").asBoolean()));
        assertEquals(Map.of("Irak", 2L, "Syrië", 1L), counts(ok("/api/facets/place?q=Irak")));
        assertEquals(Facet.PLACE.label(), ok("/api/facets/place").get("label").asText());
    }

    @Test
    void facetValuesValidateTheirParameters() {
        assertError("/api/facets/colour", 404, "unknown_facet", "name");
        assertError("/api/facets/place?size=0", 400, "bad_request", "size");
        assertError("/api/facets/place?size=101", 400, "bad_request", "size");
        assertError("/api/facets/place?prefix=" + "a".repeat(101), 400, "bad_request", "prefix");
        assertError("/api/facets/place?page=2", 400, "bad_request", "page");
        assertError("/api/facets/place?from=gisteren", 400, "bad_request", "from");
        assertEquals(2, ok("/api/facets/source?size=2").get("values").size());
    }

    @Test
    void healthReportsTheAppAndElasticsearch() {
        JsonNode health = ok("/health");
        assertEquals("ok", health.get("status").asText());
        assertTrue(List.of("green", "yellow").contains(health.get("elasticsearch").get("status").asText()));
        assertEquals(FixtureCorpus.ARTICLES.size(), health.get("elasticsearch").get("documents").asInt());
    }
}
