package nl.nieuwszoeker.web.page;

import static nl.nieuwszoeker.web.Html.escape;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.RelatedService;
import nl.nieuwszoeker.search.ArticleSearch;

/** One article in full, with its facet values as links to a search filtered on each of them. */
public final class ArticlePage {

    private final Assets assets;

    public ArticlePage(Assets assets) {
        this.assets = assets;
    }

    public String render(Article a) {
        return render(a, List.of());
    }

    /** @param related similar articles, shown below the text; near-duplicates say so */
    public String render(Article a, List<RelatedService.Related> related) {
        var html = new StringBuilder(8_192);
        String title = a.title() == null || a.title().isBlank() ? "(zonder titel)" : a.title();
        Layout.open(html, assets, title + " \u2013 Nieuwszoeker", "");
        html.append("<div class=\"layout article-layout\"><main id=\"inhoud\" class=\"article\" tabindex=\"-1\">")
                .append("<p><a class=\"back\" href=\"/\">\u2190 Terug naar de resultaten</a></p><article>")
                .append("<h1>").append(escape(title)).append("</h1><p class=\"meta\">");
        LocalDate day = Dutch.day(a.published());
        if (day != null) {
            html.append("<time datetime=\"").append(day).append("\">").append(Dutch.date(day)).append("</time>");
        }
        meta(html, "src", a.source());
        meta(html, "sec", a.section());
        if (a.author() != null && !a.author().isBlank()) {
            meta(html, "auth", "door " + a.author());
        }
        if (a.wordCount() != null) {
            meta(html, "words", Dutch.count(a.wordCount()) + " woorden");
        }
        html.append("</p>");
        String url = a.url();
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            html.append("<p class=\"orig\"><a href=\"").append(escape(url))
                    .append("\" rel=\"noopener noreferrer nofollow\">Origineel artikel</a></p>");
        }
        html.append("<div class=\"body\">");
        for (String paragraph : (a.body() == null ? "" : a.body()).split("\\n\\s*\\n|\\r?\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip())).append("</p>");
            }
        }
        html.append("</div></article>");
        related(html, related);
        html.append("</main><aside class=\"filters facts\" aria-labelledby=\"feiten\">")
                .append("<h2 id=\"feiten\">In dit artikel</h2>");
        group(html, Facet.PERSON, "Personen", a.persons());
        group(html, Facet.PLACE, "Plaatsen", a.places());
        group(html, Facet.ORGANISATION, "Organisaties", a.organisations());
        group(html, Facet.TAG, "Trefwoorden", a.tags());
        group(html, Facet.SOURCE, "Bron", one(a.source()));
        group(html, Facet.SECTION, "Rubriek", one(a.section()));
        group(html, Facet.LENGTH, "Lengte", one(a.length()));
        html.append("</aside></div>");
        Layout.close(html);
        return html.toString();
    }

    private static void related(StringBuilder html, List<RelatedService.Related> related) {
        if (related == null || related.isEmpty()) {
            return;
        }
        html.append("<section class=\"related\" aria-labelledby=\"verwant\"><h2 id=\"verwant\">Verwante artikelen</h2>")
                .append("<ul>");
        for (RelatedService.Related r : related) {
            String title = r.title() == null || r.title().isBlank() ? "(zonder titel)" : r.title();
            html.append("<li").append(r.nearDuplicate() ? " class=\"dup\"" : "").append("><a href=\"/artikel/")
                    .append(escape(SearchPage.urlPart(r.id()))).append("\">").append(escape(title)).append("</a>");
            html.append(" <span class=\"meta\">");
            LocalDate day = Dutch.day(r.published());
            if (day != null) {
                html.append("<time datetime=\"").append(day).append("\">").append(Dutch.date(day)).append("</time>");
            }
            meta(html, "src", r.source());
            html.append("</span>");
            if (r.nearDuplicate()) {
                html.append(" <span class=\"dup-label\">zelfde bericht").append(r.source() == null ? "" : ", andere bron")
                        .append("</span>");
            }
            html.append("</li>");
        }
        html.append("</ul></section>");
    }

    public String notFound(String id) {
        var html = new StringBuilder(2_048);
        Layout.open(html, assets, "Artikel niet gevonden \u2013 Nieuwszoeker", "");
        html.append("<main id=\"inhoud\" class=\"article\" tabindex=\"-1\"><h1>Artikel niet gevonden</h1>")
                .append("<p>Er is geen artikel met nummer \u201c").append(escape(id))
                .append("\u201d. Het kan verwijderd zijn.</p><p><a href=\"/\">Zoek in het nieuws</a></p></main>");
        Layout.close(html);
        return html.toString();
    }

    private static void meta(StringBuilder html, String cls, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<span class=\"").append(cls).append("\">").append(escape(value)).append("</span>");
        }
    }

    private static List<String> one(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    private static void group(StringBuilder html, Facet facet, String heading, List<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        html.append("<section class=\"fact\"><h3>").append(heading).append("</h3><ul class=\"tags\">");
        for (String v : values) {
            var search = new ArticleSearch("", Map.of(facet, List.of(v)), null, null, ArticleSearch.Sort.RELEVANCE, 1,
                    QueryString.DEFAULT_SIZE);
            html.append("<li><a class=\"tag t-").append(facet.param()).append("\" href=\"")
                    .append(escape(QueryString.href(search))).append("\">").append(escape(v)).append("</a></li>");
        }
        html.append("</ul></section>");
    }
}
