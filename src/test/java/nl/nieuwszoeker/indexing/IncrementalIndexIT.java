package nl.nieuwszoeker.indexing;

import static nl.nieuwszoeker.indexing.Fixtures.doc;
import static nl.nieuwszoeker.indexing.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.nieuwszoeker.indexing.read.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --incremental: only what changed in the folder changes in the live index. */
class IncrementalIndexIT {

    @TempDir
    Path folder;

    private static String fileId(String file) {
        return ArticleFactory.id(new RawArticle(file, 0, null, null, "x", null, null, null, null, null, null, "x"));
    }

    @Test
    void addedChangedAndDeletedFilesAreAppliedToTheLiveIndex() throws IOException {
        String alias = "incremental-it";
        write(folder, "blijft.txt", "Dit bericht over Leiden verandert niet.");
        write(folder, "wijzigt.txt", "Eerste versie van het bericht over Delft.");
        write(folder, "verdwijnt.md", "---\ntitle: Weg\n---\nDit bestand wordt verwijderd.");
        Indexer indexer = Fixtures.indexer(alias);
        IndexReport full = indexer.indexAll(folder);
        assertTrue(full.ok());

        write(folder, "wijzigt.txt", "Tweede versie van het bericht over Delft.");
        write(folder, "nieuw/erbij.json", "{\"id\": \"erbij\", \"body\": \"Een nieuw bericht over Zwolle.\"}");
        Files.delete(folder.resolve("verdwijnt.md"));
        IndexReport changes = indexer.indexChanges(folder);

        assertTrue(changes.ok(), () -> String.join("\n", ReportText.lines(changes)));
        assertEquals(full.index(), changes.index(), "incremental runs write into the live index");
        assertEquals(2, changes.indexed());
        assertEquals(1, changes.unchanged());
        assertEquals(1, changes.deleted());
        List<String> expected = Stream.of(fileId("blijft.txt"), fileId("wijzigt.txt"), "erbij").sorted().toList();
        assertEquals(expected, Fixtures.ids(alias));
        assertEquals("Tweede versie van het bericht over Delft.", doc(alias, fileId("wijzigt.txt")).get("body"));
        assertEquals("Tweede versie van het bericht over Delft.", doc(alias, fileId("wijzigt.txt")).get("title"));
    }

    @Test
    void aRunWithoutChangesTouchesNothing() {
        String alias = "incremental-same-it";
        write(folder, "news.jsonl", Fixtures.jsonl(5, "n"));
        Indexer indexer = Fixtures.indexer(alias);
        assertTrue(indexer.indexAll(folder).ok());
        IndexReport again = indexer.indexChanges(folder);
        assertTrue(again.ok());
        assertEquals(0, again.indexed());
        assertEquals(5, again.unchanged());
        assertEquals(0, again.deleted());
        assertEquals(5, again.documentsInIndex());
    }

    @Test
    void documentsOfAFileThatTurnedBadAreKeptNotDeleted() {
        String alias = "incremental-bad-it";
        write(folder, "news.jsonl", Fixtures.jsonl(3, "k"));
        Indexer indexer = Fixtures.indexer(alias);
        assertTrue(indexer.indexAll(folder).ok());
        String lines = Fixtures.jsonl(3, "k").lines().toList().get(0) + "\n{\"id\": \"k2\", kapot\n"
                + Fixtures.jsonl(3, "k").lines().toList().get(2) + "\n";
        write(folder, "news.jsonl", lines);

        IndexReport changes = indexer.indexChanges(folder);

        assertEquals(1, changes.skipped().size(), changes.skipped().toString());
        assertEquals(2, changes.skipped().get(0).line());
        assertEquals(0, changes.deleted());
        assertEquals(List.of("k1", "k2", "k3"), Fixtures.ids(alias));
    }

    @Test
    void withoutALiveIndexAnIncrementalRunBuildsOne() {
        String alias = "incremental-first-it";
        write(folder, "a.jsonl", Fixtures.jsonl(2, "f"));
        IndexReport report = Fixtures.indexer(alias).indexChanges(folder);
        assertEquals("full", report.mode());
        assertTrue(report.ok() && report.aliasSwapped());
        assertEquals(2, Fixtures.count(alias));
        assertFalse(report.index().isEmpty());
    }
}
