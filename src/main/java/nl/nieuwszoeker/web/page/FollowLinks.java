package nl.nieuwszoeker.web.page;

import static nl.nieuwszoeker.web.Html.escape;

import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.ArticleSearch;
import nl.nieuwszoeker.search.SearchResult;

/**
 * The parts of the search page that help a reader go on: the syntax help, the note when a misspelling was
 * corrected, the feed and the downloads of the current search, and the legend of the entity chips.
 */
final class FollowLinks {

    private FollowLinks() {}

    /** The Atom feed of a search: the same parameters, without paging. */
    static String feed(ArticleSearch r) {
        String q = QueryString.of(unpaged(r));
        return "/feed" + (q.isEmpty() ? "" : "?" + q);
    }

    static String export(ArticleSearch r, String format) {
        String q = QueryString.of(unpaged(r));
        return "/api/export?" + (q.isEmpty() ? "" : q + "&") + "format=" + format;
    }

    private static ArticleSearch unpaged(ArticleSearch r) {
        return r.firstPage(r.sort(), QueryString.DEFAULT_SIZE);
    }

    /** Short help on the search syntax, folded away until asked for. */
    static void syntaxHelp(StringBuilder html) {
        html.append("<details class=\"zoektips\" id=\"zoektips\"><summary>Zoektips</summary><dl>")
                .append("<dt><code>klimaat Rutte</code></dt><dd>artikelen met beide woorden (ook klimaten, Ruttes)</dd>")
                .append("<dt><code>Irak OR Syri\u00eb</code></dt><dd>een van beide</dd>")
                .append("<dt><code>-Irak</code> of <code>NOT Irak</code></dt><dd>zonder dit woord</dd>")
                .append("<dt><code>\"Den Haag\"</code></dt><dd>precies deze woorden, in deze volgorde</dd>")
                .append("<dt><code>\"aanslag brussel\"~10</code></dt><dd>beide woorden binnen 10 woorden van elkaar</dd>")
                .append("<dt><code>terror*</code></dt><dd>woorden die zo beginnen (minstens 3 letters voor de *)</dd>")
                .append("<dt><code>titel:Biden</code></dt><dd>alleen in de titel</dd>")
                .append("<dt><code>persoon:\"Joe Biden\"</code>, <code>plaats:Parijs</code>, <code>organisatie:NAVO</code>,")
                .append(" <code>bron:NOS</code></dt><dd>alleen artikelen waarin die persoon, plaats of organisatie")
                .append(" voorkomt, of van die bron</dd></dl><p>Tekens die hier niet staan, worden als gewone tekst")
                .append(" gezocht. Een zoekvraag heeft hoogstens 50 woorden en 5 keer <code>*</code>.</p></details>");
    }

    /** When the typed text found nothing and a close spelling did: say so, and offer the text as typed. */
    static void corrected(StringBuilder html, ArticleSearch r, SearchResult result) {
        if (result.correctedFrom() == null || result.correctedTo() == null) {
            return;
        }
        String literal = QueryString.href(Change.query(r, result.correctedFrom()));
        literal += (literal.contains("?") ? "&" : "?") + "literal=1";
        html.append("<p class=\"corrected\" id=\"verbeterd\">Resultaten voor <strong>")
                .append(escape(result.correctedTo())).append("</strong>. Zoek in plaats daarvan naar <a href=\"")
                .append(escape(literal)).append("\">").append(escape(result.correctedFrom())).append("</a></p>");
    }

    /** Follow the search as a feed, download all its hits, and what the chip colours mean. */
    static void render(StringBuilder html, ArticleSearch r) {
        html.append("<div class=\"follow\"><a class=\"feed\" href=\"").append(escape(feed(r)))
                .append("\" type=\"application/atom+xml\">").append(ICON).append("Volg als feed</a>")
                .append("<span class=\"downloads\">Download alle resultaten: <a class=\"download\" download href=\"")
                .append(escape(export(r, "csv"))).append("\">CSV</a> <a class=\"download\" download href=\"")
                .append(escape(export(r, "jsonl"))).append("\">JSON Lines</a></span>")
                .append("<span class=\"legend\" aria-hidden=\"true\"><span class=\"tag t-person\">persoon</span>")
                .append("<span class=\"tag t-place\">plaats</span><span class=\"tag t-org\">organisatie</span></span>")
                .append("</div>");
    }

    static String plural(Facet facet) {
        return switch (facet) {
            case PERSON -> "personen";
            case PLACE -> "plaatsen";
            case ORGANISATION -> "organisaties";
            default -> facet.label().toLowerCase(Dutch.NL);
        };
    }

    /** The usual feed symbol: a dot and two arcs. */
    private static final String ICON = "<svg class=\"feed-icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\""
            + " aria-hidden=\"true\" focusable=\"false\"><rect width=\"16\" height=\"16\" rx=\"3\" fill=\"#c2410c\"/>"
            + "<circle cx=\"4.5\" cy=\"11.5\" r=\"1.6\" fill=\"#fff\"/><path d=\"M3 7a6 6 0 0 1 6 6M3 3.5a9.5 9.5 0 0 1 9.5 9.5\""
            + " stroke=\"#fff\" stroke-width=\"1.8\" fill=\"none\"/></svg>";
}
