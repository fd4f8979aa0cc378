package nl.nieuwszoeker.web.page;

import static nl.nieuwszoeker.web.Html.escape;

/** The frame every page shares: head, the search box in the header, and the closing tags. */
final class Layout {

    /** The element app.js replaces with the fragment of a new search. */
    static final String CONTENT_ID = "pagina";

    private Layout() {}

    static void open(StringBuilder html, Assets assets, String title, String q) {
        open(html, assets, title, q, null);
    }

    /** @param feed the Atom feed of this page's search, announced to feed readers; null for none */
    static void open(StringBuilder html, Assets assets, String title, String q, String feed) {
        html.append("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(assets.url("app.css")).append("\">")
                .append("<script src=\"").append(assets.url("app.js")).append("\" defer></script>")
                .append(feed == null ? "" : "<link rel=\"alternate\" type=\"application/atom+xml\" title=\""
                        + escape(title) + "\" href=\"" + escape(feed) + "\">")
                .append("</head><body>")
                .append("<a class=\"skip\" href=\"#inhoud\">Naar de inhoud</a>")
                .append("<header class=\"top\"><a class=\"logo\" href=\"/\">Nieuws<span>zoeker</span></a>")
                .append("<form id=\"zoek\" class=\"searchform\" role=\"search\" method=\"get\" action=\"/\">")
                .append("<div class=\"combo\"><label for=\"q\" class=\"vh\">Zoek in het nieuws</label>")
                .append("<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\"")
                .append(" placeholder=\"Zoek in het nieuws\" maxlength=\"500\" value=\"").append(escape(q)).append('"')
                .append(" role=\"combobox\" aria-autocomplete=\"list\" aria-expanded=\"false\" aria-controls=\"suggesties\">")
                .append("<ul id=\"suggesties\" role=\"listbox\" aria-label=\"Suggesties\" hidden></ul></div>")
                .append("<button type=\"submit\">Zoeken</button></form></header>");
    }

    /**
     * Opens the part of a page that a search replaces; the script swaps this element whole and takes the
     * document's title from it, so the title too is written only here.
     */
    static void openContent(StringBuilder html, String title) {
        html.append("<div id=\"").append(CONTENT_ID).append("\" data-title=\"").append(escape(title)).append("\">");
    }

    static void closeContent(StringBuilder html) {
        html.append("</div>");
    }

    static void close(StringBuilder html) {
        html.append("</body></html>");
    }
}
