package nl.nieuwszoeker.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.es.IndexSchema;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.search.SearchService;
import nl.nieuwszoeker.support.TestElasticsearch;

/**
 * A small corpus with known metadata for the page tests, written straight into its own index and alias,
 * and the app started on a free port against it. Dates are relative to today, so the presets have data.
 */
final class NewsFixture implements AutoCloseable {

    static final String XSS_ID = "xss-1";
    static final String XSS_TAG = "<img src=x onerror=window.__pwned=3>";

    final String alias;
    final List<Article> articles;
    final Javalin app;
    final String base;

    private NewsFixture(String alias, List<Article> articles, Javalin app) {
        this.alias = alias;
        this.articles = articles;
        this.app = app;
        this.base = "http://localhost:" + app.port();
    }

    static NewsFixture start(String alias) {
        ElasticsearchClient client = TestElasticsearch.client();
        List<Article> articles = corpus(LocalDate.now());
        index(client, alias, articles);
        AppConfig defaults = TestElasticsearch.config();
        AppConfig config = new AppConfig(0, defaults.seeds(), alias, defaults.paths(), defaults.elasticsearch(),
                defaults.shards());
        var deps = new Deps(client, new SearchService(client, alias), "test node");
        Javalin app = App.create(config, deps).start(0);
        return new NewsFixture(alias, articles, app);
    }

    long count(Predicate<Article> p) {
        return articles.stream().filter(p).count();
    }

    Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void index(ElasticsearchClient client, String alias, List<Article> articles) {
        String index = alias + "-index";
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                client.indices().delete(d -> d.index(index));
            }
            IndexSchema.create(client, index);
            var bulk = new ArrayList<co.elastic.clients.elasticsearch.core.bulk.BulkOperation>();
            for (Article a : articles) {
                bulk.add(co.elastic.clients.elasticsearch.core.bulk.BulkOperation.of(
                        op -> op.index(i -> i.index(index).id(a.id()).document(a))));
            }
            var response = client.bulk(b -> b.operations(bulk).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
            if (response.errors()) {
                throw new IllegalStateException("fixture indexing failed: " + response.items().stream()
                        .filter(i -> i.error() != null).map(i -> i.error().reason()).toList());
            }
            client.indices().updateAliases(u -> u.actions(a -> a.add(ad -> ad.index(index).alias(alias))));
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Article> corpus(LocalDate today) {
        var out = new ArrayList<Article>();
        out.add(a("k1", "Kabinet presenteert klimaatplan voor de Randstad", today.minusDays(1), "NOS", "Politiek",
                "Het kabinet heeft in Den Haag een klimaatplan gepresenteerd. Minister Rob Jetten noemt het plan ambitieus.",
                List.of("Rob Jetten"), List.of("Den Haag", "Amsterdam"), List.of("Tweede Kamer"), List.of("klimaat")));
        out.add(a("k2", "Amsterdam wil sneller van het gas af", today.minusDays(3), "NRC", "Binnenland",
                "De gemeente Amsterdam versnelt de klimaat aanpak en wil wijken eerder van het gas halen.",
                List.of("Femke Halsema"), List.of("Amsterdam"), List.of("Gemeente Amsterdam"), List.of("klimaat", "energie")));
        out.add(a("k3", "Rotterdamse haven test waterstof", today.minusDays(12), "Trouw", "Economie",
                "In de haven van Rotterdam wordt waterstof getest als brandstof voor het klimaat van morgen.",
                List.of(), List.of("Rotterdam"), List.of("Havenbedrijf Rotterdam"), List.of("energie", "klimaat")));
        out.add(a("k4", "Boeren protesteren in Zwolle tegen stikstofregels", today.minusDays(40), "NOS", "Binnenland",
                "Honderden boeren trokken naar Zwolle om te protesteren tegen de stikstofregels van het kabinet.",
                List.of(), List.of("Zwolle"), List.of("LTO"), List.of("landbouw")));
        out.add(a("k5", "Utrecht opent nieuw fietsenstalling bij station", today.minusDays(55), "Volkskrant", "Binnenland",
                "Utrecht heeft de grootste fietsenstalling van het land uitgebreid. Reizigers zijn tevreden.",
                List.of(), List.of("Utrecht"), List.of("NS", "ProRail"), List.of("verkeer")));
        out.add(a("k6", "Amsterdamse musea trekken recordaantal bezoekers", today.minusDays(75), "NRC", "Cultuur",
                "Het Rijksmuseum in Amsterdam ontving vorig jaar meer bezoekers dan ooit tevoren.",
                List.of("Taco Dibbits"), List.of("Amsterdam"), List.of("Rijksmuseum"), List.of("cultuur")));
        out.add(a("k7", "Groningen krijgt extra geld voor versterking huizen", today.minusDays(100), "NOS", "Politiek",
                "Het kabinet trekt extra geld uit voor de versterking van huizen in Groningen na de aardbevingen.",
                List.of("Mark Rutte"), List.of("Groningen"), List.of("NAM"), List.of("aardgas")));
        out.add(a("k8", "Eindhoven groeit door chipindustrie", today.minusDays(130), "Trouw", "Economie",
                "De regio Eindhoven groeit hard dankzij de chipindustrie en bedrijven als ASML.",
                List.of(), List.of("Eindhoven"), List.of("ASML"), List.of("economie")));
        out.add(a("k9", "Maastricht viert carnaval met recordopkomst", today.minusDays(160), "Volkskrant", "Cultuur",
                "In Maastricht vierden tienduizenden mensen carnaval, meer dan ooit.",
                List.of(), List.of("Maastricht"), List.of(), List.of("cultuur")));
        out.add(a("k10", "Kamer debatteert over woningbouw in Amsterdam en Utrecht", today.minusDays(190), "NRC", "Politiek",
                "De Tweede Kamer debatteerde over de woningbouw. Amsterdam en Utrecht willen meer huizen bouwen.",
                List.of("Hugo de Jonge"), List.of("Amsterdam", "Utrecht"), List.of("Tweede Kamer"), List.of("wonen")));
        out.add(a("k11", "Den Haag zet in op klimaatadaptatie", today.minusDays(220), "NOS", "Binnenland",
                "Den Haag legt groene daken aan om de stad voor te bereiden op het klimaat van de toekomst.",
                List.of(), List.of("Den Haag"), List.of("Gemeente Den Haag"), List.of("klimaat")));
        out.add(a("k12", "Nijmegen en Arnhem werken samen aan openbaar vervoer", today.minusDays(250), "Trouw", "Binnenland",
                "Nijmegen en Arnhem gaan samen nieuwe busverbindingen aanleggen.",
                List.of(), List.of("Nijmegen", "Arnhem"), List.of("Breng"), List.of("verkeer")));
        out.add(a(XSS_ID, "Test met <script>alert(1)</script> in de titel", today.minusDays(20), "NOS", "Tech",
                "Dit artikel bevat code: <script>window.__pwned=1;alert(1)</script> en ook een plaatje "
                        + "<img src=x onerror=\"window.__pwned=2;alert(2)\"> dat nooit mag laden.",
                List.of(), List.of("Amsterdam"), List.of(), List.of(XSS_TAG)));
        return out;
    }

    private static Article a(String id, String title, LocalDate date, String source, String section, String body,
                             List<String> persons, List<String> places, List<String> orgs, List<String> tags) {
        int words = body.split("\\s+").length;
        var suggest = Stream.of(List.of(title), persons, places, orgs).flatMap(List::stream).toList();
        return new Article(id, title, body, date.toString(), source, "https://example.org/" + id, section, null,
                tags, persons, places, orgs, words, words < 15 ? "kort" : "middel", id + ".txt", null,
                new Article.Suggest(suggest));
    }
}
