package nl.nieuwszoeker.web.page;

import static nl.nieuwszoeker.web.Html.escape;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.ArticleSearch;
import nl.nieuwszoeker.search.SearchResult;

/**
 * The search page as plain HTML, and the one renderer of its content: the full page is the shared frame around
 * {@link #fragment}, and app.js fetches that same fragment from /fragments/search and swaps it in, so a search
 * looks the same with and without JavaScript. Every value is escaped; the snippet is the one exception, because
 * the server built it from escaped text with only mark tags.
 */
public final class SearchPage {

    /** Facet values shown before "toon meer"; selected values are always shown. */
    static final int VISIBLE_VALUES = 5;
    private static final int PAGE_LINKS = 2;
    /** Entity chips per type on one hit; the rest is counted, not hidden. */
    static final int MAX_TAGS = 4;

    private final Assets assets;

    public SearchPage(Assets assets) {
        this.assets = assets;
    }

    public String render(ArticleSearch r, SearchResult result, LocalDate today) {
        var html = new StringBuilder(16_384);
        Layout.open(html, assets, title(r), r.q(), FollowLinks.feed(r));
        fragment(html, r, result, today);
        Layout.close(html);
        return html.toString();
    }

    /** Everything below the header: what a search changes, as the script swaps it in. */
    public String fragment(ArticleSearch r, SearchResult result, LocalDate today) {
        var html = new StringBuilder(16_384);
        fragment(html, r, result, today);
        return html.toString();
    }

    private void fragment(StringBuilder html, ArticleSearch r, SearchResult result, LocalDate today) {
        Layout.openContent(html, title(r));
        FollowLinks.syntaxHelp(html);
        html.append("<div class=\"layout\">");
        sidebar(html, r, result, today);
        html.append("<main id=\"inhoud\" class=\"results\" tabindex=\"-1\">");
        chips(html, r);
        Histogram.render(html, r, result.histogram());
        Histogram.render(html, r, result.mentionedHistogram(), Histogram.MENTIONED);
        toolbar(html, r, result);
        FollowLinks.corrected(html, r, result);
        FollowLinks.render(html, r);
        if (result.didYouMean() != null && !result.didYouMean().isBlank()) {
            html.append("<p class=\"dym\">Bedoelde u <a href=\"")
                    .append(escape(QueryString.href(Change.query(r, result.didYouMean())))).append("\">")
                    .append(escape(result.didYouMean())).append("</a>?</p>");
        }
        if (result.hits().isEmpty()) {
            noResults(html, r, result);
        } else {
            hits(html, r, result);
            pagination(html, r, result);
        }
        html.append("</main></div>");
        Layout.closeContent(html);
    }

    /**
     * The values of one facet that a search inside the facet found, as the same list items the sidebar shows;
     * the script puts them in place of the facet's list.
     */
    public String facetValues(SearchResult.FacetResult facet) {
        var html = new StringBuilder(2_048);
        html.append("<ul class=\"values\">");
        for (SearchResult.FacetValue v : facet.values()) {
            value(html, facet.name(), v, false);
        }
        if (facet.values().isEmpty()) {
            html.append("<li class=\"n\">Geen waarden gevonden</li>");
        }
        return html.append("</ul>").toString();
    }

    static String title(ArticleSearch r) {
        return r.q() == null || r.q().isBlank() ? "Nieuwszoeker" : "\u201c" + r.q() + "\u201d \u2013 Nieuwszoeker";
    }

    private void sidebar(StringBuilder html, ArticleSearch r, SearchResult result, LocalDate today) {
        html.append("<aside class=\"filters\" aria-labelledby=\"filters-kop\"><details id=\"filterpaneel\" open>")
                .append("<summary id=\"filters-kop\">Filters</summary><div id=\"facetten\">");
        for (SearchResult.FacetResult facet : result.facets()) {
            if (!facet.values().isEmpty()) {
                facet(html, facet);
            }
        }
        html.append("</div>");
        dates(html, r, result, today);
        html.append("<button type=\"submit\" form=\"zoek\" class=\"apply\">Filters toepassen</button>")
                .append("</details></aside>");
    }

    private static void facet(StringBuilder html, SearchResult.FacetResult facet) {
        String id = "f-" + facet.name();
        html.append("<fieldset class=\"facet\" data-facet=\"").append(escape(facet.name())).append("\">")
                .append("<legend>").append(escape(facet.label())).append("</legend>");
        boolean longList = facet.values().size() > VISIBLE_VALUES;
        if (longList) {
            html.append("<input type=\"search\" class=\"facet-search\" hidden autocomplete=\"off\" aria-label=\"Zoek in ")
                    .append(escape(facet.label().toLowerCase(Dutch.NL))).append("\" placeholder=\"Zoek ")
                    .append(escape(facet.label().toLowerCase(Dutch.NL))).append("\" aria-controls=\"").append(id)
                    .append("\">");
        }
        html.append("<ul class=\"values\" id=\"").append(id).append("\" aria-live=\"polite\">");
        int shown = 0;
        int extra = 0;
        for (SearchResult.FacetValue v : facet.values()) {
            boolean hidden = shown >= VISIBLE_VALUES && !v.selected();
            if (!v.selected()) {
                shown++;
            }
            if (hidden) {
                extra++;
            }
            value(html, facet.name(), v, hidden);
        }
        html.append("</ul>");
        if (extra > 0) {
            // Without JavaScript every value is shown; the script folds the extra ones behind this button.
            html.append("<button type=\"button\" class=\"more\" hidden aria-controls=\"").append(id)
                    .append("\" aria-expanded=\"false\" data-more=\"Toon meer (").append(extra)
                    .append(")\" data-less=\"Toon minder\">Toon meer (").append(extra).append(")</button>");
        }
        html.append("</fieldset>");
    }

    private static void value(StringBuilder html, String facet, SearchResult.FacetValue v, boolean extra) {
        html.append("<li").append(extra ? " class=\"extra\"" : "").append("><label>")
                .append("<input type=\"checkbox\" form=\"zoek\" name=\"").append(escape(facet))
                .append("\" value=\"").append(escape(v.value())).append('"').append(v.selected() ? " checked" : "")
                .append("><span class=\"v\">").append(escape(v.value())).append("</span><span class=\"n\">")
                .append(Dutch.count(v.count())).append("</span></label></li>");
    }

    private static void dates(StringBuilder html, ArticleSearch r, SearchResult result, LocalDate today) {
        html.append("<fieldset class=\"dates\"><legend>Periode</legend><div class=\"daterow\">")
                .append("<label>Van ").append(Dutch.dateField("from", r.from())).append("</label>")
                .append("<label>Tot en met ").append(Dutch.dateField("to", r.to())).append("</label></div>");
        boolean dated = result.histogram() != null
                && result.histogram().buckets().stream().anyMatch(b -> b.count() > 0);
        if (dated) {
            html.append("<ul class=\"presets\" aria-label=\"Snelle periodes\">");
            preset(html, r, "Afgelopen week", today.minusDays(6), today);
            preset(html, r, "Afgelopen maand", today.minusMonths(1).plusDays(1), today);
            preset(html, r, "Afgelopen jaar", today.minusYears(1).plusDays(1), today);
            html.append("</ul>");
        }
        html.append("</fieldset>");
    }

    private static void preset(StringBuilder html, ArticleSearch r, String label, LocalDate from, LocalDate to) {
        boolean current = from.equals(r.from()) && to.equals(r.to());
        html.append("<li><a class=\"preset\" href=\"").append(escape(QueryString.href(Change.dates(r, from, to))))
                .append("\" data-from=\"").append(from).append("\" data-to=\"").append(to).append('"')
                .append(current ? " aria-current=\"true\"" : "").append('>').append(label).append("</a></li>");
    }

    private static void chips(StringBuilder html, ArticleSearch r) {
        html.append("<div id=\"chips\" class=\"chips\">");
        if (Change.hasFilters(r)) {
            html.append("<h2 class=\"vh\">Actieve filters</h2><ul>");
            for (Facet facet : Facet.values()) {
                for (String value : r.filters().getOrDefault(facet, List.of())) {
                    chip(html, facet.label(), value, Change.remove(r, facet, value));
                }
            }
            if (r.from() != null || r.to() != null) {
                chip(html, "Periode", period(r.from(), r.to()), Change.dates(r, null, null));
            }
            if (r.hasMentionedRange()) {
                chip(html, "Genoemd", period(r.mentionedFrom(), r.mentionedTo()), Change.mentioned(r, null, null));
            }
            html.append("<li><a class=\"clear\" href=\"").append(escape(QueryString.href(Change.clearFilters(r))))
                    .append("\">Wis alles</a></li></ul>");
        }
        html.append("</div>");
    }

    static String period(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return Dutch.date(from) + " \u2013 " + Dutch.date(to);
        }
        return from != null ? "vanaf " + Dutch.date(from) : "tot en met " + Dutch.date(to);
    }

    private static void chip(StringBuilder html, String label, String value, ArticleSearch without) {
        html.append("<li><a class=\"chip\" href=\"").append(escape(QueryString.href(without)))
                .append("\" aria-label=\"Verwijder filter ").append(escape(label)).append(": ").append(escape(value))
                .append("\"><span class=\"k\">").append(escape(label)).append(":</span> ").append(escape(value))
                .append("<span class=\"x\" aria-hidden=\"true\">\u00d7</span></a></li>");
    }

    private static void toolbar(StringBuilder html, ArticleSearch r, SearchResult result) {
        html.append("<div class=\"toolbar\"><p id=\"status\" role=\"status\">");
        long total = result.total().value();
        html.append("<strong>").append(result.total().exact() ? "" : "meer dan ").append(Dutch.results(total))
                .append("</strong>");
        String searched = result.correctedTo() != null ? result.correctedTo() : r.q();
        if (searched != null && !searched.isBlank()) {
            html.append(" voor \u201c").append(escape(searched)).append("\u201d");
        }
        html.append(" <span class=\"took\">(").append(Dutch.seconds(result.took())).append(" s)</span></p>")
                .append("<nav class=\"sort\" aria-label=\"Sorteren\"><span>Sorteer:</span>");
        sortLink(html, r, ArticleSearch.Sort.RELEVANCE, "relevantie");
        sortLink(html, r, ArticleSearch.Sort.NEWEST, "nieuwste");
        sortLink(html, r, ArticleSearch.Sort.OLDEST, "oudste");
        html.append("</nav></div>");
    }

    private static void sortLink(StringBuilder html, ArticleSearch r, ArticleSearch.Sort sort, String label) {
        html.append("<a href=\"").append(escape(QueryString.href(Change.sort(r, sort)))).append("\" data-sort=\"")
                .append(QueryString.sortName(sort)).append('"')
                .append(r.sort() == sort ? " aria-current=\"true\"" : "").append('>').append(label).append("</a>");
    }

    private static void hits(StringBuilder html, ArticleSearch r, SearchResult result) {
        html.append("<h2 class=\"vh\">Resultaten</h2><ol class=\"hits\" start=\"")
                .append((long) (r.page() - 1) * r.size() + 1).append("\">");
        for (SearchResult.Hit hit : result.hits()) {
            html.append("<li class=\"hit\"><h3><a href=\"/artikel/").append(escape(urlPart(hit.id()))).append("\">")
                    .append(escape(hit.title() == null || hit.title().isBlank() ? "(zonder titel)" : hit.title()))
                    .append("</a></h3><p class=\"meta\">");
            LocalDate day = Dutch.day(hit.published());
            if (day != null) {
                html.append("<time datetime=\"").append(day).append("\">").append(Dutch.date(day)).append("</time>");
            }
            if (hit.source() != null) {
                html.append("<span class=\"src\">").append(escape(hit.source())).append("</span>");
            }
            if (hit.section() != null) {
                html.append("<span class=\"sec\">").append(escape(hit.section())).append("</span>");
            }
            html.append("</p>");
            if (hit.snippet() != null && !hit.snippet().isBlank()) {
                html.append("<p class=\"snippet\">").append(Snippet.clean(hit.snippet())).append("</p>");
            }
            tags(html, r, hit.entities());
            html.append("</li>");
        }
        html.append("</ol>");
    }

    private static void tags(StringBuilder html, ArticleSearch r, SearchResult.Entities entities) {
        if (entities == null) {
            return;
        }
        var out = new StringBuilder();
        tagGroup(out, r, Facet.PERSON, entities.persons());
        tagGroup(out, r, Facet.PLACE, entities.places());
        tagGroup(out, r, Facet.ORGANISATION, entities.organisations());
        if (!out.isEmpty()) {
            html.append("<ul class=\"tags\" aria-label=\"Filter op wie of wat erin voorkomt\">").append(out).append("</ul>");
        }
    }

    /**
     * Up to {@link #MAX_TAGS} values of one type, each marked with its type (a colour and icon, and for screen readers
     * the word); what does not fit is counted ("+2 plaatsen"), never dropped without a word.
     */
    private static void tagGroup(StringBuilder html, ArticleSearch r, Facet facet, List<String> values) {
        if (values == null) {
            return;
        }
        int shown = 0;
        for (String value : values) {
            if (shown++ >= MAX_TAGS) {
                html.append("<li><span class=\"tag more-tags t-").append(facet.param()).append("\">+")
                        .append(values.size() - MAX_TAGS).append(' ').append(escape(FollowLinks.plural(facet)))
                        .append("</span></li>");
                return;
            }
            html.append("<li><a class=\"tag t-").append(facet.param()).append("\" href=\"")
                    .append(escape(QueryString.href(Change.add(r, facet, value)))).append("\" data-param=\"")
                    .append(facet.param()).append("\" data-value=\"").append(escape(value)).append("\" title=\"")
                    .append(escape(facet.label())).append("\" aria-label=\"").append(escape(facet.label())).append(": ")
                    .append(escape(value)).append("\">").append(escape(value)).append("</a></li>");
        }
    }

    private static void noResults(StringBuilder html, ArticleSearch r, SearchResult result) {
        html.append("<div class=\"empty\"><h2>Geen artikelen gevonden</h2>");
        var relaxations = result.relaxations() == null ? List.<SearchResult.Relaxation>of() : result.relaxations()
                .stream().filter(x -> x.total() > 0)
                .sorted(Comparator.comparingLong(SearchResult.Relaxation::total).reversed()).toList();
        if (!relaxations.isEmpty()) {
            html.append("<p>Laat een filter los:</p><ul class=\"relax\">");
            for (SearchResult.Relaxation x : relaxations) {
                ArticleSearch without = relaxed(r, x);
                html.append("<li><a href=\"").append(escape(QueryString.href(without))).append("\">Zonder ")
                        .append(escape(relaxLabel(x))).append("</a> <span class=\"n\">")
                        .append(Dutch.results(x.total())).append("</span></li>");
            }
            html.append("</ul>");
        }
        html.append("<p>Tips: controleer de spelling, gebruik minder of algemenere woorden");
        if (Change.hasFilters(r)) {
            html.append(", of <a href=\"").append(escape(QueryString.href(Change.clearFilters(r))))
                    .append("\">wis alle filters</a>");
        }
        html.append(".</p></div>");
    }

    static ArticleSearch relaxed(ArticleSearch r, SearchResult.Relaxation x) {
        if ("date".equals(x.param())) {
            return Change.dates(r, null, null);
        }
        if ("mentioned".equals(x.param())) {
            return Change.mentioned(r, null, null);
        }
        if ("q".equals(x.param())) {
            return Change.withoutQuery(r);
        }
        return Facet.byParam(x.param()).map(f -> Change.remove(r, f, x.value())).orElse(r);
    }

    static String relaxLabel(SearchResult.Relaxation x) {
        if ("date".equals(x.param())) {
            return "periode";
        }
        if ("mentioned".equals(x.param())) {
            return "genoemde periode";
        }
        if ("q".equals(x.param())) {
            return "zoekwoorden";
        }
        String label = Facet.byParam(x.param()).map(Facet::label).orElse(x.param()).toLowerCase(Dutch.NL);
        return x.value() == null ? label : label + " \u201c" + x.value() + "\u201d";
    }

    private static void pagination(StringBuilder html, ArticleSearch r, SearchResult result) {
        if (r.size() == 0) {
            return;
        }
        long total = Math.min(result.total().value(), 10_000);
        int pages = (int) Math.max(1, (total + r.size() - 1) / r.size());
        if (pages <= 1) {
            return;
        }
        html.append("<nav class=\"pages\" aria-label=\"Paginering\"><ul>");
        int page = r.page();
        if (page > 1) {
            pageLink(html, r, page - 1, "Vorige", "prev");
        }
        int lo = Math.max(1, page - PAGE_LINKS);
        int hi = Math.min(pages, page + PAGE_LINKS);
        if (lo > 1) {
            pageLink(html, r, 1, "1", null);
            if (lo > 2) {
                html.append("<li><span class=\"gap\">\u2026</span></li>");
            }
        }
        for (int p = lo; p <= hi; p++) {
            if (p == page) {
                html.append("<li><a aria-current=\"page\" href=\"").append(escape(QueryString.href(Change.page(r, p))))
                        .append("\" aria-label=\"Pagina ").append(p).append("\">").append(p).append("</a></li>");
            } else {
                pageLink(html, r, p, Integer.toString(p), null);
            }
        }
        if (hi < pages) {
            if (hi < pages - 1) {
                html.append("<li><span class=\"gap\">\u2026</span></li>");
            }
            pageLink(html, r, pages, Integer.toString(pages), null);
        }
        if (page < pages) {
            pageLink(html, r, page + 1, "Volgende", "next");
        }
        html.append("</ul></nav>");
    }

    private static void pageLink(StringBuilder html, ArticleSearch r, int p, String label, String rel) {
        html.append("<li><a href=\"").append(escape(QueryString.href(Change.page(r, p)))).append('"');
        if (rel != null) {
            html.append(" rel=\"").append(rel).append('"');
        } else {
            html.append(" aria-label=\"Pagina ").append(p).append('"');
        }
        html.append('>').append(label).append("</a></li>");
    }

    static String urlPart(String id) {
        return java.net.URLEncoder.encode(id == null ? "" : id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
