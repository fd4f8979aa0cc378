package nl.nieuwszoeker.indexing.entities;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Which words can be part of a person's name, and how a name is written in its normalised form. */
final class NameRules {

    /** Tussenvoegsels and name particles that stay lowercase inside a name ("van der", "de", "bin"). */
    private static final Set<String> PARTICLES = Set.of(
            "van", "de", "der", "den", "te", "ter", "ten", "'t", "’t",
            "von", "zu", "da", "di", "du", "dos", "del", "della", "le", "la", "el", "al", "bin", "ibn", "ben");

    /** Arabic article or kinship prefix glued to a name: al-Qurayshi, El-Hassani, bin-Laden. */
    private static final Pattern GLUED_PREFIX =
            Pattern.compile("(?i)(al|el|ad|ar|as|ash|at|az|an|ibn|bin|ben|abu|bou)-(?=\\p{Lu})");


    private final Set<String> notNames;

    private NameRules(Set<String> notNames) {
        this.notNames = notNames;
    }

    static NameRules load() {
        return new NameRules(ResourceLines.read("/entities/not-names.txt").stream()
                .map(line -> line.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * A capitalised word that is not a function word, title, month, day or demonym. Words in capitals are
     * acronyms or headline type, never part of a person's name.
     */
    boolean nameWord(String word) {
        // Plain character checks, not regular expressions: this runs for every capitalised word of every article.
        boolean shaped = Character.isUpperCase(word.codePointAt(0))
                || (word.indexOf('-') > 0 && GLUED_PREFIX.matcher(word).lookingAt());
        return shaped && !allCaps(word) && compoundTail(word) < 0 && !notName(word);
    }

    /** The letters of a word and the capitals among them, as {letters, capitals}: the shape of a short form. */
    static int[] letterCounts(String w) {
        int letters = 0;
        int capitals = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            letters += Character.isLetter(c) ? 1 : 0;
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        return new int[] {letters, capitals};
    }

    /** Only capitals, digits and hyphens, with at least two capitals: an acronym or headline type (NAVO, F-16A). */
    private static boolean allCaps(String word) {
        int capitals = 0;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.UPPERCASE_LETTER) {
                capitals++;
            } else if (c != '-' && type != Character.DECIMAL_DIGIT_NUMBER && type != Character.LETTER_NUMBER
                    && type != Character.OTHER_NUMBER) {
                return false;
            }
            i += Character.charCount(c);
        }
        return capitals >= 2;
    }

    /**
     * Where a hyphen or apostrophe followed by a lowercase letter starts a compound or inflection (IS-leider,
     * IS'ers), or -1.
     */
    private static int compoundTail(String word) {
        for (int i = 0; i + 1 < word.length(); i++) {
            char c = word.charAt(i);
            if ((c == '-' || c == '\'' || c == '’') && Character.getType(word.codePointAt(i + 1)) == Character.LOWERCASE_LETTER) {
                return i;
            }
        }
        return -1;
    }

    boolean particle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private boolean notName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (notNames.contains(lower)) {
            return true;
        }
        // Compound demonyms such as Belgisch-Marokkaanse are excluded when every part is.
        String[] parts = lower.split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!notNames.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** Stem of a compound or inflected word, or null: "IS-kopstukken" -> "IS", "IS’ers" -> "IS". */
    static String compoundStem(String word) {
        int tail = compoundTail(word);
        return tail > 0 ? word.substring(0, tail) : null;
    }

    /**
     * "de Tata Steel-fabriek", "Erasmus MC-onderzoeker": a compound glued to the last word of a longer name ends that
     * name at the hyphen, so the name is matched whole. Its tail becomes a word of its own, cut off from the name.
     */
    static java.util.List<Token> splitCompoundsAfterNames(java.util.List<Token> tokens) {
        java.util.List<Token> out = new java.util.ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // Cheap tests first: this runs for every word of every article.
            int tail = i > 0 && !t.separated() && Character.isUpperCase(t.text().codePointAt(0))
                    && tokens.get(i - 1).capitalised() ? compoundTail(t.text()) : -1;
            if (tail > 0 && t.text().charAt(tail) == '-') {
                out.add(new Token(t.text().substring(0, tail), t.sentenceStart(), false, t.credit(), t.gap()));
                out.add(new Token(t.text().substring(tail + 1), false, true, t.credit(), t.text().substring(tail, tail + 1)));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Glued prefixes inside a name are written lowercase, the usual Dutch press transliteration. */
    static String normalise(java.util.List<String> words) {
        StringBuilder name = new StringBuilder(words.get(0));
        for (String word : words.subList(1, words.size())) {
            var m = GLUED_PREFIX.matcher(word);
            String written = m.lookingAt()
                    ? word.substring(0, m.end()).toLowerCase(Locale.ROOT) + word.substring(m.end())
                    : word;
            name.append(' ').append(written);
        }
        return name.toString();
    }

    /** Key under which a surname-only mention finds its full name: "Al-Baghdadi" and "Baghdadi" -> "baghdadi". */
    static String surnameKey(String word) {
        var m = GLUED_PREFIX.matcher(word);
        String bare = m.lookingAt() ? word.substring(m.end()) : word;
        return bare.toLowerCase(Locale.ROOT);
    }
}
