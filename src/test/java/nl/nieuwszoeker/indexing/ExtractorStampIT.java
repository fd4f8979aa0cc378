package nl.nieuwszoeker.indexing;

import static nl.nieuwszoeker.indexing.Fixtures.doc;
import static nl.nieuwszoeker.indexing.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.indexing.entities.EntityExtractor;
import nl.nieuwszoeker.indexing.read.RawArticle;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --incremental re-extracts a document whose text is unchanged when the extractor that indexed it was another. */
class ExtractorStampIT {

    @TempDir
    Path folder;

    private static String fileId(String file) {
        return ArticleFactory.id(new RawArticle(file, 0, null, null, "x", null, null, null, null, null, null, "x"));
    }

    @Test
    void aDifferentExtractorStampCountsAsAChange() throws IOException {
        String alias = "extractor-stamp-it";
        write(folder, "rotterdam.txt", "Burgemeester Ahmed Aboutaleb opende in 2019 de brug in Rotterdam.");
        write(folder, "leiden.txt", "Een bericht over Leiden zonder datum.");
        Indexer indexer = Fixtures.indexer(alias);
        assertTrue(indexer.indexAll(folder).ok());
        String id = fileId("rotterdam.txt");
        String stamp = new ArticleFactory(EntityExtractor.load()).extractorVersion();
        assertEquals(stamp, doc(alias, id).get("extractor_version"));
        assertEquals(List.of(Map.of("date", "2019", "precision", "year")), doc(alias, id).get("mentioned_dates"));

        // As if an older extractor had indexed this document: its text is the same, its stamp is not.
        var client = TestElasticsearch.client();
        client.update(u -> u.index(alias).id(id).doc(Map.of("extractor_version", "old", "persons", List.of()))
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True), Map.class);

        IndexReport changes = indexer.indexChanges(folder);
        assertTrue(changes.ok(), () -> String.join("\n", ReportText.lines(changes)));
        assertEquals(1, changes.indexed(), "the stale document is extracted again");
        assertEquals(1, changes.unchanged());
        assertEquals(stamp, doc(alias, id).get("extractor_version"));
        assertEquals(List.of("Ahmed Aboutaleb"), doc(alias, id).get("persons"));

        IndexReport again = indexer.indexChanges(folder);
        assertEquals(0, again.indexed());
        assertEquals(2, again.unchanged());
    }
}
