package nl.nieuwszoeker.indexing.read;

import java.util.List;

/**
 * A title for an article that has none: its lead sentence, and when that is long, the part up to a clause
 * boundary (comma, colon, dash, a subordinating word) near {@link #TARGET} characters, with an ellipsis. The
 * body keeps the whole lead; this is only what a result list shows.
 */
public final class Titles {

    static final int TARGET = 90;
    /** A lead up to this long is kept whole: cutting off the last few words helps nobody. */
    static final int KEEP_WHOLE = 100;
    private static final int SHORTEST = 40;
    private static final int LONGEST = 110;
    private static final String ELLIPSIS = "\u2026";
    /** Cut before these, first choice: punctuation that ends a clause; second: a word that starts a new one. */
    private static final List<List<String>> BOUNDARIES = List.of(
            List.of(", ", "; ", ": ", " \u2013 ", " \u2014 ", " - ", " ("),
            List.of(" maar ", " omdat ", " terwijl ", " waarbij ", " nadat ", " zodat ", " doordat ", " hoewel ",
                    " want ", " en ", " dat ", " die ", " waar "));

    private Titles() {}

    public static String leadSentence(String body) {
        String firstLine = body.strip().lines().findFirst().orElse("").strip();
        int end = firstLine.indexOf(". ");
        String sentence = end > 0 ? firstLine.substring(0, end + 1) : firstLine;
        return shorten(sentence);
    }

    static String shorten(String sentence) {
        if (sentence.length() <= KEEP_WHOLE) {
            return sentence;
        }
        int best = -1;
        for (List<String> tier : BOUNDARIES) {
            for (String b : tier) {
                for (int at = sentence.indexOf(b, SHORTEST); at >= 0 && at <= LONGEST; at = sentence.indexOf(b, at + 1)) {
                    if (best < 0 || Math.abs(at - TARGET) < Math.abs(best - TARGET)) {
                        best = at;
                    }
                }
            }
            if (best >= 0) {
                break;
            }
        }
        if (best < 0) {
            best = sentence.lastIndexOf(' ', TARGET);
        }
        if (best <= 0) {
            best = TARGET;
        }
        return sentence.substring(0, best).stripTrailing().replaceAll("[,;:\\-\u2013\u2014]+$", "") + ELLIPSIS;
    }
}
