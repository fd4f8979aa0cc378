package nl.nieuwszoeker.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.nieuwszoeker.es.EsClients;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.node.TestNodes;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.Test;

/** What the writer does when Elasticsearch goes away or refuses writes mid-run. */
class BulkWriterIT {

    private static Article article(String id) {
        return new Article(id, "Titel " + id, "Tekst " + id, null, null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), 2, "kort", id + ".txt", "hash", new Article.Suggest(List.of("Titel " + id)));
    }

    @Test
    void operationsThatNeverGetAnAnswerAreRetriedThenFailEachWithTheCause() {
        var dead = EsClients.create(TestElasticsearch.plainSettings("http://127.0.0.1:" + TestNodes.choosePort(null)));
        var writer = new BulkWriter(dead, Fixtures.QUICK, Progress.none());
        try {
            writer.index("nowhere", article("a"));
            writer.index("nowhere", article("b"));
            writer.close();
        } finally {
            EsClients.close(dead);
        }
        List<IndexReport.Failure> failures = writer.failures();
        assertEquals(List.of("a", "b"), failures.stream().map(IndexReport.Failure::id).sorted().toList());
        assertTrue(failures.get(0).reason().startsWith("not accepted after 3 attempts: "), failures.get(0).reason());
        assertTrue(failures.get(0).reason().contains("Connection refused"), failures.get(0).reason());
        assertEquals(0, writer.indexed());
    }

    @Test
    void anIndexThatRefusesWritesGivesElasticsearchsReasonPerItem() throws Exception {
        var client = TestElasticsearch.client();
        String index = "bulkwriter-blocked-it";
        nl.nieuwszoeker.es.IndexSchema.create(client, index);
        try {
            client.indices().putSettings(s -> s.index(index).settings(x -> x.blocks(b -> b.write(true))));
            var writer = new BulkWriter(client, Fixtures.QUICK, Progress.none());
            writer.index(index, article("x"));
            writer.close();
            assertEquals(1, writer.failures().size());
            assertTrue(writer.failures().get(0).reason().startsWith("cluster_block_exception"),
                    writer.failures().get(0).reason());
            assertEquals("x.txt", writer.failures().get(0).location());
        } finally {
            client.indices().delete(d -> d.index(index));
        }
    }
}
