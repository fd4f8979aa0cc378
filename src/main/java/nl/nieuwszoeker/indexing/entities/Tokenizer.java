package nl.nieuwszoeker.indexing.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class Tokenizer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’&.][\\p{L}\\p{N}]+)*(?:\\*[\\p{L}]+)?");
    /** What ends a sentence in the gap between two words; a plain search, since every gap is checked. */
    private static final String SENTENCE_BREAKS = ".!?:;…\n“„«\"";

    /** Initials such as "J." or "W.H." before a capitalised word (or a given name in brackets): no sentence end. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");
    private static final Pattern AFTER_INITIALS = Pattern.compile("\\.[ \\t]+\\(?\\p{Lu}[\\p{Ll}.]");

    /** "Voedsel- en Warenautoriteit": a word cut at a hyphen before "en"/"of" shares the next word's ending. */
    private static final Pattern SUSPENDED = Pattern.compile("-[ \\t]+(?:en|of)[ \\t]+\\p{Lu}");

    /** "Rowling's", "Bernini’s": a name with the possessive "'s", which ends the name. */
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{Lu}[\\p{L}-]{2,}['’]s");

    /** Firms whose own name ends in "'s", kept whole. */
    private static final java.util.Set<String> NAMES_WITH_S = java.util.Set.of("Moody's", "McDonald's", "Kellogg's",
            "Sainsbury's", "Macy's", "Domino's", "Levi's", "Lloyd's", "Hardee's", "Wendy's");

    /** Words that open a photo or source credit before a colon: "Foto: ANP", "Bron: NOS", "Beeld: Reuters". */
    private static final java.util.Set<String> CREDIT_LEADS = java.util.Set.of("foto", "foto's", "fotografie", "beeld",
            "bron", "bronnen", "tekst");

    private Tokenizer() {
    }

    // "Foto:" opens a credit in any case; the other leads only capitalised, since "de bron: …" runs on in the text.
    private static boolean creditLead(Token word) {
        String lower = word.text().toLowerCase(java.util.Locale.ROOT);
        return CREDIT_LEADS.contains(lower) && (word.capitalised() || lower.equals("foto"));
    }

    private static boolean possessive(String word) {
        int n = word.length();
        // Cheap necessary condition first, since every word is checked.
        return n > 4 && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’')
                && POSSESSIVE.matcher(word).matches() && !NAMES_WITH_S.contains(word.replace('’', '\''));
    }

    private static boolean initials(String text, String word, int end) {
        // Cheap necessary condition first: initials are one capital, or a capital followed by a full stop.
        boolean possible = word.length() == 1 || word.charAt(1) == '.' || Character.isHighSurrogate(word.charAt(0));
        return possible && INITIALS.matcher(word).matches()
                && AFTER_INITIALS.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * "Rachid B. uit Tilburg": a capital with a full stop right after a capitalised word is the initial of a
     * surname the news leaves out, not a sentence end, unless a capitalised word follows the stop.
     */
    private static boolean surnameInitial(String text, String word, int end, List<Token> tokens, String gap) {
        if (word.length() != 1 || !Character.isUpperCase(word.charAt(0)) || end >= text.length()
                || text.charAt(end) != '.' || tokens.isEmpty() || !gap.equals(" ")
                || !tokens.get(tokens.size() - 1).capitalised() || tokens.get(tokens.size() - 1).allCaps()) {
            return false;
        }
        int next = end + 1;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next >= text.length() || !Character.isUpperCase(text.charAt(next));
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = 0;
        boolean credit = false;
        boolean afterPossessive = false;
        while (m.find()) {
            String gap = text.substring(previousEnd, m.start());
            boolean first = tokens.isEmpty();
            boolean sentenceStart = first || sentenceBreak(gap);
            boolean separated = first || !gap.isBlank() || gap.indexOf('\n') >= 0 || afterPossessive;
            if (gap.indexOf('\n') >= 0) {
                credit = false;
            }
            if (!first && gap.strip().startsWith(":") && creditLead(tokens.get(tokens.size() - 1))) {
                Token lead = tokens.get(tokens.size() - 1); // "Bron: NOS": the lead word is no town either
                tokens.set(tokens.size() - 1, new Token(lead.text(), lead.sentenceStart(), lead.separated(), true,
                        lead.gap()));
                credit = true;
            } else if (gap.indexOf('©') >= 0) {
                credit = true;
            }
            String word = m.group();
            int end = m.end();
            afterPossessive = possessive(word);
            if (afterPossessive) {
                word = word.substring(0, word.length() - 2);
            }
            if (initials(text, word, end) || surnameInitial(text, word, end, tokens, gap)) {
                word += ".";
                end++;
            } else if (end < text.length() && text.charAt(end) == '-'
                    && SUSPENDED.matcher(text).region(end, text.length()).lookingAt()) {
                word += "-";
                end++;
            }
            tokens.add(new Token(word, sentenceStart, separated, credit, gap));
            previousEnd = end;
        }
        return tokens;
    }

    private static boolean sentenceBreak(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            if (SENTENCE_BREAKS.indexOf(gap.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
