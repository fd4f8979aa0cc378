package nl.nieuwszoeker.indexing.entities;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds persons, places and organisations in Dutch news text: the curated gazetteer (aliases and normalised
 * names), the proper names of the TaalTik lexicon (first and last names, places, organisations), and rules for
 * titles, particles, organisation words, acronyms, credits, demonyms and clubs named after their city.
 * Immutable once loaded, so one instance serves all indexing threads.
 */
public final class EntityExtractor {

    /** Bump when the rules change; the lists the rules read are hashed into {@link #version()} as they are. */
    static final String RULES_VERSION = "13";

    static final List<String> LISTS = List.of("/entities/places.tsv", "/entities/organisations.tsv",
            "/entities/not-names.txt", "/entities/titles.txt", "/entities/organisation-words.txt",
            "/entities/clubs.txt", "/entities/sport-words.txt", "/entities/places-local.tsv",
            "/entities/organisations-news.tsv");

    private final ArticleWords.Lists lists;
    private final WordLists sportWords;
    private final String version;

    private EntityExtractor(ArticleWords.Lists lists, WordLists sportWords, String version) {
        this.lists = lists;
        this.sportWords = sportWords;
        this.version = version;
    }

    public static EntityExtractor load() {
        NameLexicon lexicon = NameLexicon.load();
        return new EntityExtractor(new ArticleWords.Lists(GazetteerLoader.load(), NameRules.load(), lexicon,
                WordLists.read("/entities/titles.txt"), WordLists.read("/entities/organisation-words.txt"),
                WordLists.read("/entities/clubs.txt")), WordLists.read("/entities/sport-words.txt"),
                stamp(lexicon));
    }

    /**
     * A short hash of the rules version, the lexicon the name list came from and every curated list: it changes
     * whenever the extractor may find something else, so the incremental indexer re-extracts then.
     */
    public String version() {
        return version;
    }

    private static String stamp(NameLexicon lexicon) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((RULES_VERSION + "\n" + lexicon.stamp() + "\n").getBytes(StandardCharsets.UTF_8));
            for (String list : LISTS) {
                sha.update(String.join("\n", ResourceLines.read(list)).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Entities extract(String title, String body) {
        String text = (title == null || title.isBlank() ? "" : title + "\n") + (body == null ? "" : body);
        List<Token> tokens = NameRules.splitCompoundsAfterNames(Tokenizer.tokenize(text));
        Set<String> lowercase = lowercaseWords(tokens);
        Findings found = new Scan(tokens, lowercase, sportWords.distinctIn(lowercase) >= 2, lists).run();
        List<Mention> kept = found.mentions.stream().filter(m -> !found.events.contains(m.value())).toList();
        return MentionMerging.group(MentionMerging.expandAcronyms(MentionMerging.oneTypePerName(kept, found.guessed)));
    }

    /** Words the text itself writes in lowercase; capitalised at a sentence start they are ordinary words. */
    private static Set<String> lowercaseWords(List<Token> tokens) {
        return tokens.stream()
                .filter(t -> !t.capitalised())
                .map(t -> t.text().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
