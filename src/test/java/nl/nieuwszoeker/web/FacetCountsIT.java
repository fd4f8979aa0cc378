package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.support.Api;
import nl.nieuwszoeker.support.FixtureCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Facet counts checked exactly against counts computed here from the fixture's metadata: each facet counts
 * under every filter but its own, selected values always appear, and the histogram ignores the date range.
 */
class FacetCountsIT {

    /** Values a facet lists before "more" (SearchBody.FACET_SIZE). */
    private static final int TOP = 10;

    private static Api.Server server;

    @BeforeAll
    static void start() {
        server = Api.start(FixtureCorpus.index("facet-counts-it"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Selection(Map<Facet, List<String>> facets, LocalDate from, LocalDate to) {
        String query() {
            var parts = new java.util.ArrayList<String>();
            facets.forEach((f, vs) -> vs.forEach(v -> parts.add(f.param() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
            if (from != null) {
                parts.add("from=" + from);
            }
            if (to != null) {
                parts.add("to=" + to);
            }
            return String.join("&", parts);
        }

        Predicate<Article> inDates() {
            return a -> (from == null || !LocalDate.parse(a.published()).isBefore(from))
                    && (to == null || !LocalDate.parse(a.published()).isAfter(to));
        }

        Selection without(Facet f) {
            var rest = new EnumMap<>(facets);
            rest.remove(f);
            return new Selection(rest, from, to);
        }

        List<Article> hits() {
            return FixtureCorpus.ARTICLES.stream().filter(FixtureCorpus.matches(facets)).filter(inDates()).toList();
        }
    }

    private static Selection parse(String query) {
        var facets = new EnumMap<Facet, List<String>>(Facet.class);
        LocalDate from = null;
        LocalDate to = null;
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            String value = java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            switch (kv[0]) {
                case "from" -> from = LocalDate.parse(value);
                case "to" -> to = LocalDate.parse(value);
                default -> facets.merge(Facet.byParam(kv[0]).orElseThrow(), List.of(value),
                        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
            }
        }
        return new Selection(facets, from, to);
    }

    private static Map<String, Long> expectedCounts(Selection s, Facet f) {
        List<Article> pool = s.without(f).hits();
        Map<String, Long> counts = new TreeMap<>(pool.stream().flatMap(a -> FixtureCorpus.values(a, f).stream())
                .collect(Collectors.groupingBy(v -> v, Collectors.counting())));
        for (String v : s.facets().getOrDefault(f, List.of())) {
            counts.putIfAbsent(v, 0L);
        }
        return counts;
    }

    private static JsonNode search(String query) {
        Api.Answer a = server.get("/api/search?size=100&" + query);
        assertEquals(200, a.status(), a.text());
        return a.json();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "",
            "place=Syri%C3%AB",
            "place=Syri%C3%AB&place=Irak",
            "place=Irak&source=NOS",
            "place=Syri%C3%AB&place=Irak&source=NOS&source=NRC&tag=oorlog",
            "section=Binnenland&length=kort&person=Mark+Rutte",
            "org=VN&org=NAVO&section=Buitenland",
            "place=Irak&source=Parool",
            "place=Atlantis",
            "tag=politiek&from=2024-02-01&to=2024-03-31",
            "from=2024-04-01",
            "source=NOS&to=2024-02-20"})
    void everyFacetCountsUnderAllFiltersButItsOwn(String query) {
        Selection s = parse(query);
        JsonNode result = search(query);
        assertEquals(s.hits().size(), result.get("total").get("value").asLong(), "total");
        assertTrue(result.get("total").get("exact").asBoolean());
        for (JsonNode facet : result.get("facets")) {
            Facet f = Facet.byParam(facet.get("name").asText()).orElseThrow();
            Map<String, Long> actual = new TreeMap<>();
            for (JsonNode v : facet.get("values")) {
                actual.put(v.get("value").asText(), v.get("count").asLong());
                boolean selected = s.facets().getOrDefault(f, List.of()).contains(v.get("value").asText());
                assertEquals(selected, v.get("selected").asBoolean(), f + " " + v);
            }
            assertTopValues(expectedCounts(s, f), actual, s.facets().getOrDefault(f, List.of()),
                    "facet " + f.param() + " for " + query);
        }
    }

    /**
     * A facet lists its {@value #TOP} most frequent values and every selected one: all of them when there are
     * few, else the listed ones count at least as often as any left out. Each listed count is exact.
     */
    private static void assertTopValues(Map<String, Long> expected, Map<String, Long> actual, List<String> selected,
                                        String what) {
        if (expected.size() <= TOP) {
            assertEquals(expected, actual, what);
            return;
        }
        actual.forEach((value, count) -> assertEquals(expected.get(value), count, what + ": " + value));
        assertTrue(actual.keySet().containsAll(selected), what + ": selected values are listed");
        assertTrue(actual.size() >= TOP && actual.size() <= TOP + selected.size(), what + ": " + actual.keySet());
        long leastListed = actual.entrySet().stream().filter(e -> !selected.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).min().orElse(Long.MAX_VALUE);
        expected.forEach((value, count) -> assertTrue(actual.containsKey(value) || count <= leastListed,
                what + ": " + value + " (" + count + ") left out for a value counted " + leastListed));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "source=NRC", "from=2024-03-01&to=2024-03-31", "tag=oorlog&from=2024-05-01"})
    void histogramCountsPerMonthUnderEveryFilterButTheDateRange(String query) {
        Selection s = parse(query);
        JsonNode histogram = search(query).get("histogram");
        assertEquals("month", histogram.get("interval").asText(), "the fixture spans January 2024 to today: under five years");
        Map<String, Long> expected = new TreeMap<>(new Selection(s.facets(), null, null).hits().stream()
                .collect(Collectors.groupingBy(a -> a.published().substring(0, 7) + "-01", Collectors.counting())));
        Map<String, Long> actual = new TreeMap<>();
        histogram.get("buckets").forEach(b -> {
            if (b.get("count").asLong() > 0) {
                actual.put(b.get("key").asText(), b.get("count").asLong());
            }
        });
        assertEquals(expected, actual);
    }

    @Test
    void zeroResultsTellHowManyHitsDroppingEachFilterWouldGive() {
        String query = "place=Irak&source=Parool&from=2024-01-01&to=2024-03-31";
        Selection s = parse(query);
        assertEquals(0, s.hits().size(), "the fixture has no Irak article from Parool");
        JsonNode relaxations = search(query).get("relaxations");
        Map<String, Long> actual = new TreeMap<>();
        relaxations.forEach(r -> actual.put(r.get("param").asText(), r.get("total").asLong()));
        Map<String, Long> expected = new TreeMap<>(Map.of(
                "place", (long) s.without(Facet.PLACE).hits().size(),
                "source", (long) s.without(Facet.SOURCE).hits().size(),
                "date", (long) new Selection(s.facets(), null, null).hits().size()));
        assertEquals(expected, actual);
        assertTrue(expected.values().stream().anyMatch(n -> n > 0), "the test needs a filter whose removal helps");
    }

    @Test
    void zeroResultsWithTextAlsoCountTheFiltersWithoutTheText() {
        JsonNode result = search("q=museum&source=NOS");
        assertEquals(0, result.get("total").get("value").asLong());
        Map<String, Long> actual = new TreeMap<>();
        result.get("relaxations").forEach(r -> actual.put(r.get("param").asText(), r.get("total").asLong()));
        long nos = FixtureCorpus.ARTICLES.stream().filter(a -> a.source().equals("NOS")).count();
        long museum = FixtureCorpus.ARTICLES.stream().filter(a -> (a.title() + a.body()).contains("museum")).count();
        assertEquals(Map.of("source", museum, "q", nos), actual);
    }

    @Test
    void answersWithHitsCarryNoRelaxations() {
        assertEquals(0, search("place=Irak").get("relaxations").size());
    }
}
