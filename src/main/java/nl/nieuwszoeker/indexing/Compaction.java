package nl.nieuwszoeker.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.tasks.GetTasksResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges a freshly filled index down to one segment per shard before the alias moves to it. A bulk load leaves
 * dozens of segments, and every facet pays a per-segment cost on every search; measured at a million articles in
 * docs/performance.md. The merge runs as a task so no HTTP request has to outlive it.
 */
final class Compaction {

    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private Compaction() {}

    /** Returns whether the merge finished; a failed merge leaves a complete, searchable index, so it only warns. */
    static boolean run(ElasticsearchClient client, String index) {
        long t0 = System.nanoTime();
        try {
            String task = client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L).waitForCompletion(false))
                    .task();
            if (task != null) {
                await(client, task);
            }
            LOG.info("Merged {} to one segment per shard in {} s", index, String.format("%.1f", (System.nanoTime() - t0) / 1e9));
            return true;
        } catch (ElasticsearchException | IOException | UncheckedIOException e) {
            LOG.warn("Could not merge {} to one segment per shard ({}); it is complete and searchable as it is, only"
                    + " facets are slower until Elasticsearch merges it in the background", index, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void await(ElasticsearchClient client, String task) throws IOException, InterruptedException {
        while (true) {
            GetTasksResponse state;
            try {
                state = client.tasks().get(g -> g.taskId(task));
            } catch (ElasticsearchException e) {
                if (e.status() == 404) {
                    return; // finished and its result not kept: nothing left to wait for
                }
                throw e;
            }
            if (state.completed()) {
                if (state.error() != null) {
                    throw new IOException("force merge failed: " + state.error().reason());
                }
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
