package nl.nieuwszoeker.model;

/**
 * The names of the index's fields. {@code mappings/articles.json} defines them; these constants only name them
 * for the Java side, and {@code FieldsTest} fails when the two disagree.
 */
public final class Fields {

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    /** When the indexer sent the article; feeds fall back to it when an article has no publication date. */
    public static final String INDEXED = "indexed";
    public static final String PUBLISHED = "published";
    public static final String SOURCE = "source";
    public static final String SECTION = "section";
    public static final String AUTHOR = "author";
    public static final String TAGS = "tags";
    public static final String URL = "url";
    public static final String PERSONS = "persons";
    public static final String PLACES = "places";
    public static final String ORGANISATIONS = "organisations";
    public static final String WORD_COUNT = "word_count";
    public static final String LENGTH = "length";
    public static final String FILE = "file";
    public static final String CONTENT_HASH = "content_hash";
    public static final String EXTRACTOR_VERSION = "extractor_version";
    public static final String MENTIONED_DATES = "mentioned_dates";
    public static final String MENTIONED_DATE = MENTIONED_DATES + ".date";
    public static final String SUGGEST = "suggest";

    /** The text fields' subfield without stemming or decompounding, for phrases and prefixes as typed. */
    public static final String TITLE_EXACT = TITLE + ".exact";
    public static final String BODY_EXACT = BODY + ".exact";

    private Fields() {}

    /** A keyword field's lowercased, accent-free subfield, for matching names as a user types them. */
    public static String folded(String keywordField) {
        return keywordField + ".folded";
    }
}
