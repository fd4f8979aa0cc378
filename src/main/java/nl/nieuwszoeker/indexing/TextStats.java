package nl.nieuwszoeker.indexing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Length facet. Thresholds follow common newsroom sizes: a short item or brief stays under 300 words,
 * a regular report runs 300-799, background and long reads are 800 words or more.
 */
public final class TextStats {

    public static final int MIDDEL_FROM = 300;
    public static final int LANG_FROM = 800;

    // A word is a run of letters/digits; punctuation-only tokens such as "–" or "©" are not words.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.,][\\p{L}\\p{N}]+)*");

    private TextStats() {
    }

    public static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        Matcher m = WORD.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    public static String lengthClass(int words) {
        if (words < 0) {
            throw new IllegalArgumentException("word count must not be negative: " + words);
        }
        if (words < MIDDEL_FROM) {
            return "kort";
        }
        return words < LANG_FROM ? "middel" : "lang";
    }
}
