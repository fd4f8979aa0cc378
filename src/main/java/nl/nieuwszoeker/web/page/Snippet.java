package nl.nieuwszoeker.web.page;

import java.util.regex.Pattern;

/**
 * The highlighted snippet arrives as escaped text with mark tags. As a second line of defence only those
 * tags survive: any other angle bracket is escaped, so a mistake upstream shows text instead of running it.
 */
final class Snippet {

    private static final Pattern MARK = Pattern.compile("(</?mark>)");

    private Snippet() {}

    static String clean(String snippet) {
        var out = new StringBuilder(snippet.length() + 16);
        var m = MARK.matcher(snippet);
        int at = 0;
        boolean open = false;
        while (m.find()) {
            out.append(text(snippet.substring(at, m.start())));
            boolean opening = m.group(1).length() == 6;
            if (opening != open) {
                out.append(m.group(1));
                open = opening;
            }
            at = m.end();
        }
        out.append(text(snippet.substring(at)));
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }

    private static String text(String s) {
        return s.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
