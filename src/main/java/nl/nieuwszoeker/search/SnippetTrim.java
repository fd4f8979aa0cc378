package nl.nieuwszoeker.search;

import java.util.regex.Pattern;

/**
 * A snippet must not repeat the title. The body of an article without a title begins with the lead its title
 * was made from, and without a match the highlighter shows exactly that beginning. So whatever of the title
 * the snippet starts with is cut off, on the snippet's HTML, keeping its mark tags and entities whole.
 */
final class SnippetTrim {

    private static final String ELLIPSIS = "\u2026";
    // Compiled once: these run for every hit of every search.
    private static final Pattern TRAILING_ELLIPSIS = Pattern.compile("\\s*\u2026$");
    private static final Pattern TRAILING_DOTS = Pattern.compile("\\s*\\.\\.\\.$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:!?]+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SnippetTrim() {}

    static String withoutTitle(String snippet, String title) {
        if (snippet == null || snippet.isEmpty() || title == null || title.isBlank()) {
            return snippet;
        }
        String core = normal(TRAILING_DOTS.matcher(TRAILING_ELLIPSIS.matcher(title.strip()).replaceAll("")).replaceAll(""));
        if (core.length() < 3) {
            return snippet;
        }
        // Walk the HTML, comparing its text with the title; tags count for nothing, an entity for one character.
        int i = 0;
        int matched = 0;
        while (i < snippet.length() && matched < core.length()) {
            char c = snippet.charAt(i);
            if (c == '<') {
                int close = snippet.indexOf('>', i);
                if (close < 0) {
                    return snippet;
                }
                i = close + 1;
                continue;
            }
            char text = c;
            int next = i + 1;
            if (c == '&') {
                int semi = snippet.indexOf(';', i);
                if (semi < 0) {
                    return snippet;
                }
                text = entity(snippet.substring(i, semi + 1));
                next = semi + 1;
            }
            char want = core.charAt(matched);
            if (Character.isWhitespace(text) && Character.isWhitespace(want)) {
                matched++;
            } else if (Character.toLowerCase(text) == Character.toLowerCase(want)) {
                matched++;
            } else {
                return snippet;
            }
            i = next;
        }
        if (matched < core.length()) {
            return snippet;
        }
        String rest = LEADING_PUNCTUATION.matcher(snippet.substring(i)).replaceFirst("");
        if (TAG.matcher(rest).replaceAll("").isBlank()) {
            return "";
        }
        // A cut title ended mid-sentence: the snippet goes on where it stopped.
        return title.strip().endsWith(ELLIPSIS) ? ELLIPSIS + rest : rest;
    }

    private static char entity(String e) {
        return switch (e) {
            case "&amp;" -> '&';
            case "&lt;" -> '<';
            case "&gt;" -> '>';
            case "&quot;" -> '"';
            case "&#x27;", "&#39;", "&apos;" -> '\'';
            case "&#x2F;", "&#47;" -> '/';
            default -> e.startsWith("&#") ? decode(e) : '\uFFFF';
        };
    }

    private static char decode(String e) {
        try {
            String n = e.substring(2, e.length() - 1);
            int cp = n.startsWith("x") || n.startsWith("X") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            return cp <= 0xFFFF ? (char) cp : '\uFFFF';
        } catch (NumberFormatException ex) {
            return '\uFFFF';
        }
    }

    private static String normal(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }
}
