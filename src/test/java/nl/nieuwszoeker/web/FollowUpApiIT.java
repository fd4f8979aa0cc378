package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.nieuwszoeker.es.IndexSchema;
import nl.nieuwszoeker.export.ExportService;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.support.Api;
import nl.nieuwszoeker.support.FixtureCorpus;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Power syntax, related articles, feeds and export over the fixture corpus plus a few articles of its own
 * (a near-duplicate, an undated article, values a spreadsheet would run), and a corpus of 2,300 generated
 * articles for an export that takes several pages.
 */
class FollowUpApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALIAS = "follow-up-it";
    private static final String MANY = "follow-up-many-it";
    private static final int MANY_DOCS = 2_300;
    private static final String INDEXED_AT = "2026-01-02T03:04:05Z";
    /** One app per corpus for the whole class. */
    private static final Map<String, Api.Server> servers = new HashMap<>();

    @BeforeAll
    static void corpus() throws Exception {
        var docs = new ArrayList<Map<String, Object>>();
        for (Article a : FixtureCorpus.ARTICLES) {
            docs.add(doc(a));
        }
        docs.add(doc(new Article("d1", "Kabinet gevallen over asielbeleid",
                "Het kabinet van premier Rutte is vrijdag gevallen. De VVD en de coalitiepartners werden het niet eens.",
                "2024-02-05", "Telegraaf", "https://example.org/d1", "Binnenland", null, List.of("politiek"),
                List.of("Mark Rutte"), List.of("Den Haag"), List.of("VVD"), 16, "middel", "d1.txt", null, null)));
        var undated = doc(new Article("u1", "Ongedateerd bericht over de polder",
                "Een bericht zonder datum over de polder en het water.", null, "Lokaal", "https://example.org/u1",
                "Binnenland", null, List.of(), List.of(), List.of(), List.of(), 10, "kort", "u1.txt", null, null));
        undated.put("indexed", INDEXED_AT);
        docs.add(undated);
        docs.add(doc(new Article("x1", "=HYPERLINK(\"http://evil.example\",\"klik\")",
                "Een bericht met \"aanhalingstekens\", komma's\nen een regelovergang over de polder.", "2024-05-05",
                "+Bron", "https://example.org/x1", "Binnenland", null, List.of(), List.of("@Iemand"), List.of(),
                List.of(), 12, "kort", "x1.txt", null, null)));
        index(ALIAS, docs);
        var many = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < MANY_DOCS; i++) {
            var m = new LinkedHashMap<String, Object>();
            m.put("id", "m" + i);
            m.put("title", "Bericht " + i + " over de haven");
            m.put("body", "De haven van Rotterdam meldt bericht nummer " + i + ".");
            m.put("published", String.format("20%02d-%02d-%02d", 10 + i % 15, 1 + i % 12, 1 + i % 28));
            m.put("source", i % 2 == 0 ? "NOS" : "NRC");
            many.add(m);
        }
        index(MANY, many);
        servers.put(ALIAS, Api.start(ALIAS));
        servers.put(MANY, Api.start(MANY));
    }

    @AfterAll
    static void stop() {
        servers.values().forEach(Api.Server::close);
    }

    private static Map<String, Object> doc(Article a) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.convertValue(a, LinkedHashMap.class);
        return m;
    }

    private static void index(String alias, List<Map<String, Object>> docs) throws Exception {
        ElasticsearchClient client = TestElasticsearch.client();
        String index = alias + "-index";
        if (client.indices().exists(e -> e.index(index)).value()) {
            client.indices().delete(d -> d.index(index));
        }
        IndexSchema.create(client, index);
        var ops = new ArrayList<BulkOperation>();
        for (Map<String, Object> d : docs) {
            ops.add(BulkOperation.of(op -> op.index(i -> i.index(index).id((String) d.get("id")).document(d))));
        }
        var response = client.bulk(b -> b.operations(ops).refresh(Refresh.True));
        assertFalse(response.errors(), () -> response.items().stream().filter(i -> i.error() != null)
                .map(i -> i.error().reason()).toList().toString());
        client.indices().putAlias(p -> p.index(index).name(alias));
    }

    private static Api.Answer get(String alias, String pathAndQuery) {
        return servers.get(alias).get(pathAndQuery);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Set<String> ids(String q) {
        Api.Answer a = get(ALIAS, "/api/search?size=100&q=" + enc(q));
        assertEquals(200, a.status(), q + " -> " + a.text());
        var out = new HashSet<String>();
        a.json().get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    // ---- power syntax ----

    @Test
    void aPrefixFindsEveryWordThatStartsWithIt() {
        assertEquals(Set.of("a9", "a10"), ids("overstrom*"));
        assertEquals(ids("luchtaanval"), ids("luchtaanv*"));
        assertTrue(ids("Syr*").containsAll(ids("Syrië")), "the prefix is accent-folded like the index");
    }

    @Test
    void proximityAllowsWordsInBetween() {
        assertEquals(Set.of(), ids("\"kabinet premier\""));
        assertEquals(Set.of("a2", "d1"), ids("\"kabinet premier\"~3"));
    }

    @Test
    void fieldPrefixesSearchOneField() {
        assertEquals(Set.of("a1", "a10"), ids("titel:luchtaanval"), "a9 has it only in the body");
        var rutte = new HashSet<String>(Set.of("d1"));
        FixtureCorpus.ARTICLES.stream().filter(a -> a.persons().contains("Mark Rutte")).forEach(a -> rutte.add(a.id()));
        assertEquals(rutte, ids("persoon:Rutte"));
        assertEquals(rutte, ids("persoon:\"mark rutte\""));
        assertEquals(Set.of("a3", "a5"), ids("plaats:Irak"));
        assertEquals(Set.of("a3", "a5"), ids("organisatie:NAVO"));
        assertEquals(Set.of("a4", "a7"), ids("bron:parool"));
        assertEquals(Set.of("a1", "a3", "a6", "a8"), ids("plaats:syr*"));
        assertEquals(Set.of("a1", "a3", "a8"), ids("plaats:Syrië -persoon:Rutte"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"titel:", "persoon:\"", "\"~", "***", "te*", "*rist", "bron:\"\"", ":::", "\"a b\"~",
            "titel:\"luchtaanval\"~x", "((Syrië", "Syr?ë", "plaats:*", "-", "OR OR"})
    void malformedSyntaxIsSearchedAsTextNeverAFailure(String q) {
        Api.Answer a = get(ALIAS, "/api/search?q=" + enc(q));
        assertEquals(200, a.status(), q + " -> " + a.text());
    }

    @Test
    void limitsAnswer400WithAClearMessage() {
        for (String q : List.of("\"a b\"~51", "aaa* bbb* ccc* ddd* eee* fff*", "woord ".repeat(51))) {
            Api.Answer a = get(ALIAS, "/api/search?q=" + enc(q));
            assertEquals(400, a.status(), q);
            assertEquals("q", a.json().get("param").asText());
            assertTrue(a.json().get("message").asText().contains("at most"), a.text());
        }
        Api.Answer feed = get(ALIAS, "/feed?q=" + enc("\"a b\"~99"));
        assertEquals(400, feed.status(), "the feed checks the same limits");
    }

    // ---- related articles ----

    @Test
    void relatedArticlesExcludeTheArticleAndMarkTheSameStoryFromAnotherSource() {
        Api.Answer a = get(ALIAS, "/api/articles/a2/related");
        assertEquals(200, a.status(), a.text());
        JsonNode related = a.json().get("related");
        assertTrue(related.size() >= 1 && related.size() <= 5, a.text());
        var seen = new ArrayList<String>();
        related.forEach(r -> seen.add(r.get("id").asText()));
        assertFalse(seen.contains("a2"), "the article itself is never related to itself");
        assertEquals("d1", seen.get(0), "the same story from another source ranks first: " + a.text());
        assertTrue(related.get(0).get("nearDuplicate").asBoolean());
        related.forEach(r -> {
            if (!r.get("id").asText().equals("d1")) {
                assertFalse(r.get("nearDuplicate").asBoolean(), r.toString());
            }
        });
    }

    @Test
    void relatedOfAnUnknownArticleIs404() {
        Api.Answer a = get(ALIAS, "/api/articles/nope/related");
        assertEquals(404, a.status());
        assertEquals("not_found", a.json().get("error").asText());
    }

    // ---- feeds ----

    private static SyndFeed feed(String query) throws Exception {
        Api.Answer a = get(ALIAS, "/feed?" + query);
        assertEquals(200, a.status(), a.text());
        return new SyndFeedInput().build(new StringReader(a.text()));
    }

    @Test
    void aSearchIsAValidAtomFeedNewestFirstWithStableIds() throws Exception {
        SyndFeed feed = feed("q=Syri%C3%AB&sort=relevance");
        assertEquals("atom_1.0", feed.getFeedType());
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(ids("Syrië").size(), entries.size());
        for (int i = 1; i < entries.size(); i++) {
            assertFalse(entries.get(i).getUpdatedDate().after(entries.get(i - 1).getUpdatedDate()), "newest first");
        }
        assertEquals("urn:nieuwszoeker:artikel:a8", entries.get(0).getUri());
        assertTrue(entries.get(0).getLink().endsWith("/artikel/a8"), entries.get(0).getLink());
        assertFalse(entries.get(0).getDescription().getValue().isBlank(), "the snippet is the summary");
        SyndFeed again = feed("q=Syri%C3%AB");
        assertEquals(feed.getUri(), again.getUri());
        assertEquals(entries.stream().map(SyndEntry::getUri).toList(),
                again.getEntries().stream().map(SyndEntry::getUri).toList());
    }

    @Test
    void anUndatedArticleHasNoPublishedDateOnlyWhenItWasIndexed() throws Exception {
        SyndFeed feed = feed("q=ongedateerd");
        assertEquals(1, feed.getEntries().size());
        SyndEntry e = feed.getEntries().get(0);
        assertNull(e.getPublishedDate(), "no publication date is invented");
        assertEquals(Instant.parse(INDEXED_AT), e.getUpdatedDate().toInstant());
        SyndEntry dated = feed("q=asielbeleid").getEntries().get(0);
        assertNotNull(dated.getPublishedDate());
        assertEquals(Instant.parse("2024-02-05T00:00:00Z"), dated.getPublishedDate().toInstant());
    }

    @Test
    void theFeedTakesTheSearchParametersAndRejectsOthers() throws Exception {
        assertEquals(Set.of("urn:nieuwszoeker:artikel:a4", "urn:nieuwszoeker:artikel:a7"),
                new HashSet<>(feed("source=Parool").getEntries().stream().map(SyndEntry::getUri).toList()));
        assertEquals(400, get(ALIAS, "/feed?colour=red").status());
    }

    // ---- export ----

    @Test
    void theCsvExportHasEveryHitAndIsSafeToOpen() throws Exception {
        Api.Answer a = get(ALIAS, "/api/export?q=polder&format=csv");
        assertEquals(200, a.status(), a.text());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(a.text())).getRecords();
        assertEquals(ids("polder"), new HashSet<>(rows.stream().map(r -> r.get("id")).toList()));
        CSVRecord x1 = rows.stream().filter(r -> r.get("id").equals("x1")).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"klik\")", x1.get("title"));
        assertEquals("'+Bron", x1.get("source"));
        assertTrue(a.text().startsWith("id,title,published,source,url,entities\r\n"), a.text());
    }

    @Test
    void anExportWalksPastTheFirstPageToEveryHit() throws Exception {
        Api.Answer csv = get(MANY, "/api/export?q=haven");
        assertEquals(200, csv.status());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.text())).getRecords();
        assertEquals(MANY_DOCS, rows.size());
        assertEquals(MANY_DOCS, new HashSet<>(rows.stream().map(r -> r.get("id")).toList()).size(), "no row twice");

        Api.Answer jsonl = get(MANY, "/api/export?source=NOS&format=jsonl&sort=oldest");
        assertEquals(200, jsonl.status());
        String[] lines = jsonl.text().split("\n");
        assertEquals(MANY_DOCS / 2, lines.length);
        String previous = "";
        for (String line : lines) {
            JsonNode o = JSON.readTree(line);
            assertEquals("NOS", o.get("source").asText());
            assertTrue(o.get("published").asText().compareTo(previous) >= 0, "oldest first");
            previous = o.get("published").asText();
        }
        assertTrue(ExportService.LIMIT >= 100_000);
    }

    @Test
    void exportRejectsAnUnknownFormat() {
        Api.Answer a = get(ALIAS, "/api/export?format=xlsx");
        assertEquals(400, a.status());
        assertEquals("format", a.json().get("param").asText());
    }
}
