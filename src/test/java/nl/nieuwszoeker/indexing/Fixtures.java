package nl.nieuwszoeker.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.support.TestElasticsearch;

/** Writes input files for indexing tests and reads back what the node stored. */
final class Fixtures {

    static final Backoff QUICK = new Backoff(List.of(Duration.ofMillis(50), Duration.ofMillis(100)));

    private Fixtures() {}

    static Path write(Path folder, String name, String text) {
        return write(folder, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path folder, String name, byte[] bytes) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Indexer indexer(String alias) {
        return new Indexer(client(), alias, Indexer.Options.defaults().withBackoff(QUICK));
    }

    static ElasticsearchClient client() {
        return TestElasticsearch.client();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> doc(String alias, String id) {
        try {
            var got = client().get(g -> g.index(alias).id(id), Map.class);
            if (!got.found()) {
                throw new AssertionError("no document " + id + " behind " + alias);
            }
            return (Map<String, Object>) got.source();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> ids(String alias) {
        try {
            client().indices().refresh(r -> r.index(alias));
            return client().search(s -> s.index(alias).size(1000).source(src -> src.fetch(false)), Void.class)
                    .hits().hits().stream().map(Hit::id).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long count(String alias) {
        try {
            return client().count(c -> c.index(alias)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String jsonl(int n, String prefix) {
        var sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("{\"id\":\"").append(prefix).append(i).append("\",\"title\":\"Bericht ").append(i)
                    .append("\",\"body\":\"Minister Dick Schoof sprak in Den Haag over bericht ").append(i)
                    .append(".\"}\n");
        }
        return sb.toString();
    }
}
