package nl.nieuwszoeker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.nieuwszoeker.model.Fields;
import nl.nieuwszoeker.support.CapturingTransport;
import nl.nieuwszoeker.support.EsCall;
import org.junit.jupiter.api.Test;

/**
 * The requests SearchService and LookupService send, captured from their real code path through the client's
 * own serialiser, and the results they build from canned answers. No node: what the node does with these
 * requests is the ITs' part (FacetCountsIT, SearchApiIT).
 */
class QueryBuildingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALIAS = "articles";

    /** The canned answer to the main search; the span read and anything else get their own. */
    private ObjectNode searchAnswer = withEmptyAggregations(answer(100));
    private final List<EsCall> searches = new ArrayList<>();

    private final CapturingTransport transport = CapturingTransport.offline(this::respond);
    private final ElasticsearchClient client = new ElasticsearchClient(transport);

    private String respond(EsCall call) {
        JsonNode body = json(call.bodyText());
        if (body.has("highlight")) {
            searches.add(call);
            return searchAnswer.toString();
        }
        if (body.path("aggregations").has("min")) {
            ObjectNode span = answer(0);
            span.putObject("aggregations").putObject("min#min").put("value", 1704844800000L)
                    .put("value_as_string", "2024-01-10");
            ((ObjectNode) span.get("aggregations")).putObject("max#max").put("value", 1714780800000L)
                    .put("value_as_string", "2024-05-04");
            return span.toString();
        }
        if (body.has("suggest")) {
            ObjectNode answer = answer(0);
            ObjectNode option = answer.putObject("suggest").putArray("completion#complete").addObject()
                    .put("text", body.at("/suggest/complete/prefix").asText()).put("offset", 0).put("length", 4)
                    .putArray("options").addObject().put("text", "Amsterdam").put("_index", ALIAS).put("_id", "a4");
            option.put("_score", 1.0);
            return answer.toString();
        }
        if (body.path("aggregations").has("complete")) {
            ObjectNode answer = answer(3);
            ArrayNode buckets = terms(answer.putObject("aggregations"), "complete");
            bucket(buckets, "Den Haag", 4);
            bucket(buckets, "den haag", 1);
            bucket(buckets, "Delft", 2);
            return answer.toString();
        }
        throw new AssertionError("no canned answer for " + call.pathAndQuery() + " " + call.bodyText());
    }

    private JsonNode searchBody(ArticleSearch request) {
        new SearchService(client, ALIAS).search(request);
        assertEquals(1, searches.size(), "one search per request once the span is known");
        EsCall call = searches.get(0);
        assertEquals("POST", call.method());
        assertTrue(call.pathAndQuery().startsWith("/" + ALIAS + "/_search"), call.pathAndQuery());
        return json(call.bodyText());
    }

    private static ArticleSearch search(String q, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
                                        ArticleSearch.Sort sort, int page, int size) {
        return new ArticleSearch(q, filters, from, to, sort, page, size);
    }

    @Test
    void facetsFilterTheHitsAfterTheQuerySoEachFacetCountsUnderTheOthersOnly() {
        var filters = new LinkedHashMap<Facet, List<String>>();
        filters.put(Facet.PLACE, List.of("Amsterdam", "Utrecht"));
        filters.put(Facet.SOURCE, List.of("NOS"));
        JsonNode body = searchBody(search("klimaat", filters, null, null, ArticleSearch.Sort.RELEVANCE, 1, 10));

        // The query itself holds the text only: facet filters go to post_filter, or the counts would shrink.
        assertEquals(Set.of(), termsFilters(body.get("query")).keySet());
        assertEquals(Map.of(Fields.PLACES, Set.of("Amsterdam", "Utrecht"), Fields.SOURCE, Set.of("NOS")),
                termsFilters(body.get("post_filter")));

        JsonNode aggs = body.get("aggregations");
        assertEquals(Map.of(Fields.SOURCE, Set.of("NOS")), termsFilters(aggs.at("/facet_place/filter")),
                "places count under every filter but their own, so other places stay selectable (OR)");
        assertEquals(Map.of(Fields.PLACES, Set.of("Amsterdam", "Utrecht")), termsFilters(aggs.at("/facet_source/filter")));
        assertEquals(Map.of(Fields.PLACES, Set.of("Amsterdam", "Utrecht"), Fields.SOURCE, Set.of("NOS")),
                termsFilters(aggs.at("/all/filter")), "an unselected facet counts under all filters (AND)");
        assertTrue(aggs.at("/all/aggregations/top_person").isObject());
        assertEquals(Set.of("all", "facet_place", "facet_source"), fieldNames(aggs),
                "facets without a selection share one filter aggregation with both timelines");

        JsonNode selected = aggs.at("/facet_place/aggregations/selected_place/terms");
        assertEquals(Fields.PLACES, selected.get("field").asText());
        assertEquals(0, selected.get("min_doc_count").asInt(), "a selected value is listed even when it counts 0");
        assertEquals(Set.of("Amsterdam", "Utrecht"), texts(selected.get("include")));
        assertTrue(aggs.at("/all/aggregations/selected_person").isMissingNode());
        for (Facet f : Facet.values()) {
            String group = f == Facet.PLACE || f == Facet.SOURCE ? "facet_" + f.param() : "all";
            assertEquals(f.field(), aggs.at("/" + group + "/aggregations/top_" + f.param() + "/terms/field").asText());
        }
    }

    @Test
    void aDateRangeFiltersHitsAndFacetsButNotTheTimelineThatPicksIt() {
        var filters = Map.of(Facet.TAG, List.of("klimaat"));
        JsonNode body = searchBody(search("", filters, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31),
                ArticleSearch.Sort.RELEVANCE, 1, 10));

        JsonNode range = find(body.get("post_filter"), "range").get(Fields.PUBLISHED);
        assertEquals("2024-02-01", range.get("gte").asText());
        assertEquals("2024-03-31", range.get("lte").asText());
        assertEquals("strict_date", range.get("format").asText());

        JsonNode aggs = body.get("aggregations");
        assertFalse(find(aggs.at("/all/filter"), "range").isMissingNode(), "facets count within the range");
        assertTrue(find(aggs.at("/histogram/filter"), "range").isMissingNode(), "the timeline shows every date");
        assertEquals(Map.of(Fields.TAGS, Set.of("klimaat")), termsFilters(aggs.at("/histogram/filter")));
        JsonNode dates = aggs.at("/histogram/aggregations/dates/date_histogram");
        assertEquals(Fields.PUBLISHED, dates.get("field").asText());
        assertEquals("month", dates.get("calendar_interval").asText(), "the corpus spans about four months");
    }

    @Test
    void aRangeOfMentionedDatesFiltersEverythingButItsOwnTimeline() {
        var request = new ArticleSearch("", Map.of(), null, null, ArticleSearch.Sort.RELEVANCE, 1, 10,
                LocalDate.of(2015, 1, 1), null);
        JsonNode body = searchBody(request);
        JsonNode range = find(body.get("post_filter"), "range").get(Fields.MENTIONED_DATE);
        assertEquals("2015-01-01", range.get("gte").asText());
        assertFalse(range.has("lte"));
        assertTrue(find(body.at("/aggregations/mentioned/filter"), "range").isMissingNode());
        assertTrue(body.at("/aggregations/mentioned/aggregations/mentioned_dates").isObject());
        assertFalse(find(body.at("/aggregations/all/filter"), "range").isMissingNode());
        assertTrue(body.at("/aggregations/all/aggregations/dates").isObject(), "the other timeline counts within it");
    }

    @Test
    void pagesAreWindowsOfTheRequestedSize() {
        JsonNode body = searchBody(search("", Map.of(), null, null, ArticleSearch.Sort.RELEVANCE, 3, 20));
        assertEquals(40, body.get("from").asInt());
        assertEquals(20, body.get("size").asInt());
        assertEquals(Set.copyOf(SearchBody.HIT_SOURCE), texts(body.at("/_source/includes")),
                "hits carry what the result list shows, never the body");
    }

    @Test
    void eachSortOrderBreaksTiesWithTheOther() {
        assertEquals(List.of("_score:desc", "published:desc"), sort(ArticleSearch.Sort.RELEVANCE));
        assertEquals(List.of("published:desc", "_score:desc"), sort(ArticleSearch.Sort.NEWEST));
        assertEquals(List.of("published:asc", "_score:desc"), sort(ArticleSearch.Sort.OLDEST));
    }

    private List<String> sort(ArticleSearch.Sort order) {
        searches.clear();
        var out = new ArrayList<String>();
        for (JsonNode s : searchBody(search("", Map.of(), null, null, order, 1, 10)).get("sort")) {
            var field = s.fields().next();
            out.add(field.getKey() + ":" + field.getValue().get("order").asText());
            if (field.getKey().equals(Fields.PUBLISHED)) {
                assertEquals("_last", field.getValue().get("missing").asText(), "undated articles go last");
            }
        }
        return out;
    }

    @Test
    void aHostileQueryStringStaysAValue() {
        String hostile = "\"}}],\"script\":{\"source\":\"System.exit(0)\"}} <script>alert(1)</script> \\ {{ ]] titel:(";
        JsonNode body = searchBody(search(hostile, Map.of(), null, null, ArticleSearch.Sort.RELEVANCE, 1, 10));
        Set<String> keys = new TreeSet<>();
        collectKeys(body, keys);
        assertFalse(keys.contains("script"), keys.toString());
        assertFalse(keys.contains("source"), keys.toString());
        List<String> values = new ArrayList<>();
        collectValues(body, values);
        assertTrue(values.stream().anyMatch(v -> v.contains("System.exit(0)")), "the text is searched for, as text");
        assertFalse(body.has("post_filter"), "text never becomes a filter");
    }

    @Test
    void facetListsJoinTheTopValuesWithTheSelectedOnes() {
        searchAnswer = answer(12);
        ObjectNode aggs = searchAnswer.putObject("aggregations");
        ObjectNode all = aggs.putObject("filter#all").put("doc_count", 12);
        ObjectNode place = aggs.putObject("filter#facet_place").put("doc_count", 12);
        for (Facet f : Facet.values()) {
            ArrayNode top = terms(f == Facet.PLACE ? place : all, "top_" + f.param());
            if (f == Facet.PLACE) {
                bucket(top, "Amsterdam", 5);
                bucket(top, "Den Haag", 3);
                bucket(terms(place, "selected_place"), "Utrecht", 2);
            }
        }
        ArrayNode dates = histogram(all, "dates");
        dates.addObject().put("key_as_string", "2024-01-01").put("key", 1704067200000L).put("doc_count", 7);
        dates.addObject().put("key_as_string", "2024-02-01").put("key", 1706745600000L).put("doc_count", 5);
        histogram(all, "mentioned_dates");

        var filters = Map.of(Facet.PLACE, List.of("Utrecht", "Zwolle"));
        SearchResult result = new SearchService(client, ALIAS).search(search("", filters, null, null,
                ArticleSearch.Sort.RELEVANCE, 1, 10));

        assertEquals(12, result.total().value());
        var places = result.facets().stream().filter(f -> f.name().equals(Facet.PLACE.param())).findFirst().orElseThrow();
        assertEquals(List.of(new SearchResult.FacetValue("Amsterdam", 5, false),
                new SearchResult.FacetValue("Den Haag", 3, false),
                new SearchResult.FacetValue("Utrecht", 2, true),
                new SearchResult.FacetValue("Zwolle", 0, true)), places.values());
        assertEquals(Facet.values().length, result.facets().size());
        assertEquals("month", result.histogram().interval());
        assertEquals(List.of(new SearchResult.Bucket("2024-01-01", 7), new SearchResult.Bucket("2024-02-01", 5)),
                result.histogram().buckets());
    }

    @Test
    void noHitsUnderFiltersSaysWhatEachFilterAloneWouldLeave() {
        searchAnswer = answer(0);
        ObjectNode aggs = searchAnswer.putObject("aggregations");
        ObjectNode all = aggs.putObject("filter#all").put("doc_count", 0);
        for (Facet f : Facet.values()) {
            long left = f == Facet.PLACE ? 4 : f == Facet.SOURCE ? 6 : 0;
            terms(left > 0 ? aggs.putObject("filter#facet_" + f.param()).put("doc_count", left) : all, "top_" + f.param());
        }
        histogram(all, "dates");
        histogram(all, "mentioned_dates");
        var filters = new LinkedHashMap<Facet, List<String>>();
        filters.put(Facet.PLACE, List.of("Zwolle"));
        filters.put(Facet.SOURCE, List.of("NOS", "NRC"));

        SearchResult result = new SearchService(client, ALIAS).search(search("", filters, null, null,
                ArticleSearch.Sort.RELEVANCE, 1, 10));

        assertEquals(List.of(new SearchResult.Relaxation("place", "Zwolle", 4),
                new SearchResult.Relaxation("source", "NOS, NRC", 6)), result.relaxations());
    }

    @Test
    void autocompleteAsksTheCompletionFieldOnce() {
        List<String> offered = new LookupService(client, ALIAS).suggest("amst", 7);
        assertEquals(List.of("Amsterdam"), offered);
        JsonNode body = json(transport.drain().get(0).bodyText());
        JsonNode completion = body.at("/suggest/complete/completion");
        assertEquals(Fields.SUGGEST, completion.get("field").asText());
        assertEquals(7, completion.get("size").asInt());
        assertTrue(completion.get("skip_duplicates").asBoolean());
        assertEquals("amst", body.at("/suggest/complete/prefix").asText());
        assertFalse(body.path("_source").asBoolean(true), "suggestions need no documents");
    }

    @Test
    void facetValueSearchMatchesTheFoldedFieldAndMergesSpellings() {
        var context = search("", Map.of(Facet.PLACE, List.of("Delft"), Facet.SOURCE, List.of("NOS")), null, null,
                ArticleSearch.Sort.RELEVANCE, 1, 10);
        var result = new LookupService(client, ALIAS).facetValues(Facet.PLACE, "DÉ", 20, context);

        assertEquals(List.of(new SearchResult.FacetValue("Den Haag", 5, false),
                new SearchResult.FacetValue("Delft", 2, true)), result.values());
        JsonNode body = json(transport.drain().get(0).bodyText());
        assertEquals(0, body.get("size").asInt());
        JsonNode prefix = find(body.get("query"), "prefix");
        assertEquals("de", prefix.get(Fields.folded(Fields.PLACES)).get("value").asText());
        assertEquals(Map.of(Fields.SOURCE, Set.of("NOS")), termsFilters(body.get("query")),
                "values are counted under the other facets, not under the facet's own selection");
        assertEquals(Fields.PLACES, body.at("/aggregations/complete/terms/field").asText());
    }

    // --- canned answers and reading the captured JSON

    private static ObjectNode answer(long total) {
        ObjectNode root = JSON.createObjectNode().put("took", 1).put("timed_out", false);
        root.putObject("_shards").put("total", 1).put("successful", 1).put("skipped", 0).put("failed", 0);
        ObjectNode hits = root.putObject("hits");
        hits.putObject("total").put("value", total).put("relation", "eq");
        hits.putArray("hits");
        return root;
    }

    /** Every aggregation any search may ask for, each group holding every sub-aggregation, without buckets. */
    private static ObjectNode withEmptyAggregations(ObjectNode answer) {
        ObjectNode aggs = answer.putObject("aggregations");
        List<String> groups = new ArrayList<>(List.of("all", "histogram", "mentioned"));
        for (Facet f : Facet.values()) {
            groups.add("facet_" + f.param());
        }
        for (String g : groups) {
            ObjectNode group = aggs.putObject("filter#" + g).put("doc_count", 0);
            for (Facet f : Facet.values()) {
                terms(group, "top_" + f.param());
                terms(group, "selected_" + f.param());
            }
            histogram(group, "dates");
            histogram(group, "mentioned_dates");
        }
        return answer;
    }

    private static ArrayNode terms(ObjectNode parent, String name) {
        return parent.putObject("sterms#" + name).put("doc_count_error_upper_bound", 0).put("sum_other_doc_count", 0)
                .putArray("buckets");
    }

    private static void bucket(ArrayNode buckets, String key, long count) {
        buckets.addObject().put("key", key).put("doc_count", count);
    }

    private static ArrayNode histogram(ObjectNode group, String name) {
        return group.putObject("date_histogram#" + name).putArray("buckets");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every terms query in a filter tree, by field: which facets a query or aggregation filters on. */
    private static Map<String, Set<String>> termsFilters(JsonNode node) {
        var out = new LinkedHashMap<String, Set<String>>();
        collectTerms(node, out);
        return out;
    }

    private static void collectTerms(JsonNode node, Map<String, Set<String>> out) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject() && node.has("terms") && node.get("terms").isObject() && !node.get("terms").has("field")) {
            node.get("terms").fields().forEachRemaining(e -> out.put(e.getKey(), texts(e.getValue())));
            return;
        }
        node.forEach(child -> collectTerms(child, out));
    }

    /** The first object under {@code key} anywhere below node, or a missing node. */
    private static JsonNode find(JsonNode node, String key) {
        JsonNode found = node == null ? null : node.findValue(key);
        return found == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : found;
    }

    private static Set<String> texts(JsonNode array) {
        var out = new TreeSet<String>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        node.fields().forEachRemaining(e -> keys.add(e.getKey()));
        node.forEach(child -> collectKeys(child, keys));
    }

    private static void collectValues(JsonNode node, List<String> values) {
        if (node.isTextual()) {
            values.add(node.asText());
        }
        node.forEach(child -> collectValues(child, values));
    }
}
