package nl.nieuwszoeker.indexing.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Known names and their aliases, matched on whole tokens, longest alias first. */
final class Gazetteer {

    record Entry(EntityType type, String canonical) {
    }

    record Match(Entry entry, int length) {
    }

    /** The alias as the tokenizer reads it, so its gaps show where an "&" stands ("Procter & Gamble"). */
    private record Alias(List<Token> words, Entry entry) {
    }

    /** Aliases this short are acronyms or ambiguous; they only match with their exact capitalisation. */
    private static final int MIN_CASE_FREE_LENGTH = 4;

    private final Map<String, List<Alias>> byFirstWord;

    private Gazetteer(Map<String, List<Alias>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static Gazetteer of(Map<String, Entry> aliases) {
        Map<String, List<Alias>> index = new HashMap<>();
        aliases.forEach((alias, entry) -> {
            List<Token> words = Tokenizer.tokenize(alias);
            index.computeIfAbsent(key(words.get(0).text()), k -> new ArrayList<>()).add(new Alias(words, entry));
        });
        Map<String, List<Alias>> frozen = new HashMap<>();
        index.forEach((k, list) -> frozen.put(k, list.stream()
                .sorted(Comparator.comparingInt((Alias a) -> a.words().size()).reversed())
                .toList()));
        return new Gazetteer(Map.copyOf(frozen));
    }

    Optional<Match> matchAt(List<Token> tokens, int start) {
        for (Alias alias : byFirstWord.getOrDefault(key(tokens.get(start).text()), List.of())) {
            if (matches(alias, tokens, start)) {
                return Optional.of(new Match(alias.entry(), alias.words().size()));
            }
        }
        return Optional.empty();
    }

    /** The entry one alias names exactly: a word, or words joined by single spaces ("Den Haag"). */
    Optional<Entry> lookup(String name) {
        List<Token> words = new ArrayList<>();
        for (String word : name.split(" ")) {
            words.add(new Token(word, words.isEmpty(), words.isEmpty()));
        }
        return matchAt(words, 0).filter(m -> m.length() == words.size()).map(Match::entry);
    }

    private static boolean matches(Alias alias, List<Token> tokens, int start) {
        List<Token> words = alias.words();
        if (start + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            Token token = tokens.get(start + i);
            boolean joined = !token.separated() || afterAmpersand(words.get(i)) && afterAmpersand(token);
            if ((i > 0 && !joined) || !sameWord(token, words.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    // Headlines and photo credits are often in capitals ("VIA REUTERS"); longer names may match those.
    private static boolean sameWord(Token token, String word) {
        return token.text().equals(word)
                || (word.length() >= MIN_CASE_FREE_LENGTH && token.allCaps()
                        && token.text().equals(word.toUpperCase(Locale.ROOT)));
    }

    // The tokenizer keeps "&" out of words, so "Gall & Gall" is two words with "&" between them.
    private static boolean afterAmpersand(Token token) {
        return token.gap().strip().equals("&");
    }

    private static String key(String word) {
        return word.toUpperCase(Locale.ROOT);
    }
}
