package nl.nieuwszoeker.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A full run merges its new index to one segment per shard; a merge that cannot run only warns. */
class CompactionIT {

    private final ElasticsearchClient client = Fixtures.client();

    @Test
    void anIndexWrittenInSeveralRefreshesEndsAsOneSegmentWithEveryDocument() throws IOException {
        String index = "compaction-it";
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        client.indices().create(c -> c.index(index).settings(s -> s.numberOfShards("1").numberOfReplicas("0")));
        for (int i = 0; i < 4; i++) {
            int n = i;
            client.index(d -> d.index(index).id("d" + n).document(Map.of("n", n)).refresh(Refresh.True));
        }
        assertEquals(4, segments(index), "each refresh wrote its own segment");

        assertTrue(Compaction.run(client, index));

        client.indices().refresh(r -> r.index(index));
        assertEquals(1, segments(index));
        assertEquals(4, client.count(c -> c.index(index)).count());
        client.indices().delete(d -> d.index(index));
    }

    @Test
    void aMissingIndexIsReportedAsNotMergedWithoutThrowing() {
        assertFalse(Compaction.run(client, "compaction-it-missing"));
    }

    private long segments(String index) throws IOException {
        return client.indices().segments(s -> s.index(index)).indices().get(index).shards().values().stream()
                .flatMap(copies -> copies.stream()).mapToLong(shard -> shard.segments().size()).sum();
    }
}
