package nl.nieuwszoeker.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import nl.nieuwszoeker.model.Article;
import org.junit.jupiter.api.Test;

/** What the bulk writer sends: the article's own fields at the top level, plus when it was indexed. */
class IndexedArticleTest {

    @Test
    void theArticleIsUnwrappedBesideTheIndexingTime() throws Exception {
        var a = new Article("x", "Titel", "Tekst", null, "NOS", null, null, null, List.of(), List.of(), List.of(),
                List.of(), 1, "kort", "x.txt", "hash", null);
        var mapper = new JacksonJsonpMapper();
        var out = new StringWriter();
        try (var generator = mapper.jsonProvider().createGenerator(out)) {
            mapper.serialize(new IndexedArticle(a, "2026-01-02T03:04:05Z"), generator);
        }
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals("Titel", doc.path("title").asText());
        assertEquals("2026-01-02T03:04:05Z", doc.path("indexed").asText());
        assertFalse(doc.has("article"));
        assertFalse(doc.has("published"), "an unknown date stays absent");
        Article back = new ObjectMapper().readValue(out.toString(), Article.class);
        assertEquals("Titel", back.title());
    }
}
