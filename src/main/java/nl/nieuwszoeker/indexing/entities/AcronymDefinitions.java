package nl.nieuwszoeker.indexing.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "het Nederlands Huisartsen Genootschap (NHG)", "Belangenvereniging van Ouders in de Kinderopvang (BOinK)": a name
 * followed by its short form in brackets. The short form's letters, read backwards against the words' initials,
 * say exactly where the name starts, which no word list can.
 */
final class AcronymDefinitions {

    /** The name spans tokens [start, end); the short form is token {@code acronym}. */
    record Definition(int start, int end, int acronym) {}

    private static final Set<String> LINKING = Set.of("van", "voor", "de", "het", "der", "den", "en", "in", "op",
            "aan", "te", "ten", "ter", "bij", "met", "of", "the", "for", "and", "la", "le", "du", "des", "et", "'t");
    private static final int MAX_WORDS = 12;

    private AcronymDefinitions() {
    }

    static List<Definition> find(List<Token> tokens) {
        List<Definition> found = new ArrayList<>();
        for (int a = 1; a < tokens.size(); a++) {
            Token t = tokens.get(a);
            if (t.gap().indexOf('(') < 0 || !t.gap().strip().endsWith("(") || !closed(tokens, a) || !shortForm(t.text())) {
                continue;
            }
            String letters = t.text().replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            int earliest = a - 1;
            while (earliest > 0 && a - earliest < MAX_WORDS && !tokens.get(earliest).sentenceStart()
                    && joined(tokens.get(earliest).gap())) {
                earliest--;
            }
            int start = match(tokens, letters, letters.length(), a - 1, earliest);
            if (start >= 0 && nameLike(tokens, start, a)) {
                found.add(new Definition(start, a, a));
            }
        }
        return found;
    }

    private static boolean closed(List<Token> tokens, int a) {
        return a + 1 >= tokens.size() || tokens.get(a + 1).gap().strip().startsWith(")");
    }

    /** NHG, CBb, BOinK: two capitals or more, at least half of the letters; not a word such as "GroenLinks". */
    private static boolean shortForm(String w) {
        int[] counts = NameRules.letterCounts(w);
        int letters = counts[0];
        int capitals = counts[1];
        return Character.isUpperCase(w.charAt(0)) && letters >= 2 && letters <= 8 && capitals >= 2
                && capitals * 2 >= letters;
    }

    /** Words of one name follow each other with a space, an ampersand or a hyphen between them, nothing else. */
    private static boolean joined(String gap) {
        String g = gap.strip();
        return !gap.contains("\n") && (g.isEmpty() || g.equals("&") || g.equals("-"));
    }

    /**
     * Places {@code letters[0, n)} on the words ending at {@code k}, not before {@code earliest}: a word takes the
     * last letters when they start it (one letter, or a short word's letters: "in"), a hyphenated word may take its
     * parts' initials, a linking word may take none. Returns the first word that took a letter, or -1.
     */
    private static int match(List<Token> tokens, String letters, int n, int k, int earliest) {
        if (n == 0) {
            return k + 1;
        }
        if (k < earliest) {
            return -1;
        }
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        for (String part : takes(w)) {
            if (part.length() <= n && letters.startsWith(part, n - part.length())) {
                int start = match(tokens, letters, n - part.length(), k - 1, earliest);
                if (start >= 0) {
                    return start;
                }
            }
        }
        return LINKING.contains(w) ? match(tokens, letters, n, k - 1, earliest) : -1;
    }

    private static List<String> takes(String w) {
        List<String> options = new ArrayList<>();
        String[] parts = w.split("-");
        if (parts.length > 1) {
            StringBuilder initials = new StringBuilder();
            for (String p : parts) {
                if (!p.isEmpty()) {
                    initials.append(p.charAt(0));
                }
            }
            options.add(initials.toString());
        }
        if (w.length() <= 3 && w.chars().allMatch(Character::isLetter)) {
            options.add(w);
        }
        options.add(w.substring(0, 1));
        return options;
    }

    /** The name opens with a capital, and most of its words that are not linking words have one. */
    private static boolean nameLike(List<Token> tokens, int start, int end) {
        if (!tokens.get(start).capitalised()) {
            return false;
        }
        int content = 0;
        int capitalised = 0;
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            if (!LINKING.contains(t.text().toLowerCase(Locale.ROOT)) || t.capitalised()) {
                content++;
                capitalised += t.capitalised() ? 1 : 0;
            }
        }
        return capitalised * 2 > content;
    }
}
