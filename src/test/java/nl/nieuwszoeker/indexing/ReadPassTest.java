package nl.nieuwszoeker.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.indexing.entities.EntityExtractor;
import nl.nieuwszoeker.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadPassTest {

    private static ArticleFactory factory;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() {
        factory = new ArticleFactory(EntityExtractor.load());
    }

    @Test
    void articlesReportedUnchangedAreNotBuiltButStillCountAsSeen() throws IOException {
        Files.writeString(folder.resolve("news.jsonl"), Fixtures.jsonl(3, "r"));
        var first = new ReadPass(folder, 1 << 20, factory, Progress.none());
        List<Article> all = new ArrayList<>();
        first.run(all::add);
        assertEquals(3, all.size());
        Map<String, String> hashes = new HashMap<>();
        all.forEach(a -> hashes.put(a.id(), a.contentHash()));
        String kept = all.get(1).id();

        var second = new ReadPass(folder, 1 << 20, factory, Progress.none());
        List<Article> built = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        second.run(built::add, (id, raw) -> {
            asked.add(id);
            assertEquals(hashes.get(id), ArticleFactory.contentHash(raw),
                    "the article asked about hashes to what the built article carries");
            return !id.equals(kept);
        });

        assertEquals(List.of(kept), built.stream().map(Article::id).toList());
        assertEquals(hashes.keySet(), second.seen.keySet());
        assertEquals(3, asked.size());
        assertEquals(3, second.read);
    }
}
