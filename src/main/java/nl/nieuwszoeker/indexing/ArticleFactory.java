package nl.nieuwszoeker.indexing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import nl.nieuwszoeker.indexing.dates.DateFinder;
import nl.nieuwszoeker.indexing.entities.Entities;
import nl.nieuwszoeker.indexing.entities.EntityExtractor;
import nl.nieuwszoeker.indexing.read.Problem;
import nl.nieuwszoeker.indexing.read.RawArticle;
import nl.nieuwszoeker.indexing.read.Titles;
import nl.nieuwszoeker.model.Article;

/** Turns what a reader found into the stored document: stable id, derived title, facets, completion inputs. */
public final class ArticleFactory {

    private static final int MAX_ID_BYTES = 512;

    private final EntityExtractor entities;
    private final DateFinder dates = new DateFinder();

    public ArticleFactory(EntityExtractor entities) {
        this.entities = entities;
    }

    /**
     * Stored with every document; an incremental run re-indexes a document whose stamp differs, so an improved
     * extractor is not skipped for articles whose text did not change.
     */
    public String extractorVersion() {
        return entities.version() + "+" + DateFinder.VERSION;
    }

    /** The document id: the record's own id when it has one, else derived from its file (and line). */
    public static String id(RawArticle raw) {
        if (raw.id() != null) {
            return raw.id();
        }
        return sha256(raw.line() > 0 ? raw.file() + "#" + raw.line() : raw.file()).substring(0, 16);
    }

    /** Builds the document; a date that cannot be read is left out and reported through warn. */
    public Article build(RawArticle raw, Consumer<Problem> warn) {
        String id = id(raw);
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw new IllegalArgumentException("id is longer than " + MAX_ID_BYTES + " bytes");
        }
        String published = null;
        if (raw.published() != null) {
            published = PublishedDate.normalise(raw.published()).orElse(null);
            if (published == null) {
                warn.accept(new Problem(raw.file(), raw.line(),
                        "unparseable date '" + raw.published() + "'; published left empty"));
            }
        }
        String title = raw.title() != null ? raw.title() : Titles.leadSentence(raw.body());
        Entities found = entities.extract(title, raw.body());
        int words = TextStats.wordCount(raw.body());
        return new Article(id, title, raw.body(), published, raw.source(), raw.url(), raw.section(), raw.author(),
                raw.tags(), found.persons(), found.places(), found.organisations(), words,
                TextStats.lengthClass(words), raw.file(), contentHash(raw), new Article.Suggest(suggestions(title, found)),
                dates.find(title + "\n" + (raw.body() == null ? "" : raw.body())), extractorVersion());
    }

    /** Changes whenever the record or the file it lives in changes; the incremental run compares it. */
    static String contentHash(RawArticle raw) {
        return sha256(raw.location() + "\n" + raw.rawText());
    }

    private static List<String> suggestions(String title, Entities found) {
        var inputs = new LinkedHashSet<String>();
        // The completion field refuses inputs holding its reserved separator characters.
        String input = title.replaceAll("[\\x00\\x1E\\x1F]", " ").strip();
        if (!input.isEmpty()) {
            inputs.add(input);
        }
        inputs.addAll(found.persons());
        inputs.addAll(found.places());
        inputs.addAll(found.organisations());
        return new ArrayList<>(inputs);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
