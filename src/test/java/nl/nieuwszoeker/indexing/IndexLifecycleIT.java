package nl.nieuwszoeker.indexing;

import static nl.nieuwszoeker.indexing.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New index per full run, one atomic alias switch, rollback, retention; searches never notice. */
class IndexLifecycleIT {

    @TempDir
    Path folder;

    @Test
    void aRerunGivesTheSameCountAndIdsAndKeepsOnlyThePreviousIndex() {
        String alias = "rerun-it";
        write(folder, "news.jsonl", Fixtures.jsonl(12, "r"));
        write(folder, "los.txt", "Een los bericht over Groningen. Zonder meer.");
        Indexer indexer = Fixtures.indexer(alias);

        IndexReport first = indexer.indexAll(folder);
        List<String> idsFirst = Fixtures.ids(alias);
        IndexReport second = indexer.indexAll(folder);
        IndexReport third = indexer.indexAll(folder);

        for (IndexReport r : List.of(first, second, third)) {
            assertTrue(r.ok() && r.aliasSwapped(), () -> String.join("\n", ReportText.lines(r)));
            assertEquals(13, r.documentsInIndex());
        }
        assertEquals(13, idsFirst.size());
        assertEquals(idsFirst, Fixtures.ids(alias));
        assertEquals(List.of(third.index()), indexer.lifecycle().live());
        assertEquals(List.of(second.index(), third.index()), indexer.lifecycle().ownIndices(),
                "the previous index stays for rollback, the one before it is gone");
    }

    @Test
    void rollbackPointsTheAliasAtTheIndexItReplaced() {
        String alias = "rollback-it";
        write(folder, "a.jsonl", Fixtures.jsonl(3, "a"));
        Indexer indexer = Fixtures.indexer(alias);
        IndexReport first = indexer.indexAll(folder);
        write(folder, "b.jsonl", Fixtures.jsonl(2, "b"));
        IndexReport second = indexer.indexAll(folder);
        assertEquals(5, Fixtures.count(alias));

        assertEquals(first.index(), indexer.rollback().orElseThrow());
        assertEquals(List.of(first.index()), indexer.lifecycle().live());
        assertEquals(3, Fixtures.count(alias));
        assertTrue(indexer.lifecycle().ownIndices().contains(second.index()));
    }

    @Test
    void searchesKeepSucceedingWithACompleteCountWhileTheAliasIsSwitched() throws Exception {
        String alias = "swap-it";
        write(folder, "news.jsonl", Fixtures.jsonl(60, "s"));
        Indexer indexer = Fixtures.indexer(alias);
        assertTrue(indexer.indexAll(folder).ok());

        var stop = new AtomicBoolean();
        var searches = new AtomicInteger();
        var problems = new ConcurrentLinkedQueue<String>();
        Thread searcher = new Thread(() -> {
            while (!stop.get()) {
                try {
                    long hits = Fixtures.client().search(s -> s.index(alias).size(0).trackTotalHits(t -> t.enabled(true))
                            .query(q -> q.match(m -> m.field("body").query("bericht"))), Void.class).hits().total().value();
                    if (hits != 60) {
                        problems.add("saw " + hits + " hits");
                    }
                    searches.incrementAndGet();
                } catch (Exception e) {
                    problems.add(e.toString());
                }
            }
        }, "searcher");
        searcher.start();
        List<IndexReport> runs;
        try {
            runs = List.of(indexer.indexAll(folder), indexer.indexAll(folder), indexer.indexAll(folder));
        } finally {
            stop.set(true);
            searcher.join();
        }
        runs.forEach(r -> assertTrue(r.ok() && r.aliasSwapped(), () -> String.join("\n", ReportText.lines(r))));
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(searches.get() > 0, "the searcher ran");
    }

    @Test
    void aRejectedDocumentIsReportedWithElasticsearchsReasonAndTheAliasStays() {
        String alias = "rejected-it";
        write(folder, "good.jsonl", Fixtures.jsonl(3, "g"));
        Indexer indexer = Fixtures.indexer(alias);
        IndexReport before = indexer.indexAll(folder);
        assertTrue(before.ok());
        // A keyword longer than Lucene's 32766-byte term limit is refused by Elasticsearch, not by us.
        write(folder, "huge-source.json", "{\"id\": \"too-big\", \"body\": \"Kort bericht.\", \"source\": \""
                + "x".repeat(40_000) + "\"}");

        IndexReport after = indexer.indexAll(folder);

        assertFalse(after.ok());
        assertFalse(after.aliasSwapped());
        assertEquals(1, after.failed().size(), after.failed().toString());
        IndexReport.Failure failure = after.failed().get(0);
        assertEquals("too-big", failure.id());
        assertEquals("huge-source.json", failure.location());
        assertTrue(failure.reason().startsWith("document_parsing_exception: [1:")
                && failure.reason().contains("failed to parse field [source] of type [keyword]"), failure.reason());
        assertTrue(failure.reason().length() < 400, "long reasons are cut for the report");
        assertEquals(List.of(before.index()), indexer.lifecycle().live());
        assertEquals(3, Fixtures.count(alias));
        assertFalse(indexer.lifecycle().ownIndices().contains(after.index()), "the incomplete index is removed");
        assertTrue(after.error().contains("was left as it was"), after.error());
    }

    @Test
    void anUnreachableElasticsearchFailsClearlyAndChangesNothing() {
        String alias = "unreachable-it";
        write(folder, "a.jsonl", Fixtures.jsonl(2, "u"));
        Indexer live = Fixtures.indexer(alias);
        IndexReport before = live.indexAll(folder);
        var dead = nl.nieuwszoeker.es.EsClients.create(nl.nieuwszoeker.support.TestElasticsearch.plainSettings(
                "http://127.0.0.1:" + nl.nieuwszoeker.node.TestNodes.choosePort(null)));
        try {
            IndexReport report = new Indexer(dead, alias, Indexer.Options.defaults().withBackoff(Fixtures.QUICK))
                    .indexAll(folder);
            assertFalse(report.ok());
            assertTrue(report.error().startsWith("Elasticsearch did not answer after 3 attempts"), report.error());
            assertTrue(report.error().endsWith("nothing was changed"), report.error());
        } finally {
            nl.nieuwszoeker.es.EsClients.close(dead);
        }
        assertEquals(List.of(before.index()), live.lifecycle().live());
        assertEquals(List.of(before.index()), live.lifecycle().ownIndices());
    }
}
