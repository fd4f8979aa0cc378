package nl.nieuwszoeker.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.nieuwszoeker.es.IndexSchema;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.search.Facet;

/**
 * A small corpus with known metadata, written straight into its own index (through the real mapping) and
 * an alias, so search tests do not depend on the indexer. Expected counts are computed from these records.
 */
public final class FixtureCorpus {

    /** An article whose text, title and tag try to inject markup; every page must show it as text. */
    public static final String XSS_ID = "xss-1";
    public static final String XSS_TAG = "<img src=x onerror=window.__pwned=3>";

    /** Fixed dates in 2024: the search semantics tests name these by id. */
    private static final List<Article> SEARCH = List.of(
            article("a1", "Luchtaanval in Syrië treft dorp", "Bij een luchtaanval kwamen kinderen om het leven. De VN spreken van een ramp.",
                    "2024-01-10", "NOS", "Buitenland", List.of("oorlog"), List.of("Bashar al-Assad"), List.of("Syrië"), List.of("VN"), "kort"),
            article("a2", "Kabinet valt over asielbeleid", "Het kabinet van premier Rutte is gevallen. De VVD en de coalitiepartners werden het niet eens.",
                    "2024-02-05", "NRC", "Binnenland", List.of("politiek"), List.of("Mark Rutte"), List.of("Den Haag"), List.of("VVD"), "middel"),
            article("a3", "Grensgebied tussen Irak en Syrië onrustig", "Troepen van de NAVO en waarnemers van de VN melden gevechten in het grensgebied.",
                    "2024-02-20", "NOS", "Buitenland", List.of("oorlog"), List.of(), List.of("Irak", "Syrië"), List.of("VN", "NAVO"), "lang"),
            article("a4", "Nieuw museum opent in Amsterdam", "Het museum toont moderne kunst uit de hele wereld en verwacht veel bezoekers.",
                    "2024-03-01", "Parool", "Binnenland", List.of("cultuur"), List.of(), List.of("Amsterdam"), List.of(), "kort"),
            article("a5", "Verkiezingen in Irak uitgesteld", "De verkiezingen zijn uitgesteld; de NAVO maakt zich zorgen over de politieke onrust.",
                    "2024-03-15", "NRC", "Buitenland", List.of("oorlog", "politiek"), List.of(), List.of("Irak"), List.of("NAVO"), "middel"),
            article("a6", "Debat in Den Haag over opvang", "In Den Haag debatteerde de Kamer met Rutte over de opvang van vluchtelingen uit Syrië.",
                    "2024-04-02", "NOS", "Binnenland", List.of("politiek"), List.of("Mark Rutte"), List.of("Syrië", "Den Haag"), List.of(), "kort"),
            article("a7", "Carnaval op Curaçao", "Het carnaval op Curaçao trok dit jaar meer bezoekers dan ooit; kinderen dansten mee in de optocht.",
                    "2024-04-20", "Parool", "Buitenland", List.of("cultuur"), List.of(), List.of("Curaçao"), List.of(), "lang"),
            article("a8", "Hackers plaatsen code op website", "Op de site stond <script>alert('x')</script> & meer; de kinderopvang in Syrië werd getroffen.",
                    "2024-05-01", "NOS", "Buitenland", List.of("techniek"), List.of(), List.of("Syrië"), List.of(), "kort"),
            article("a9", "Overstroming", "Na dagen regen stond de polder onder water. Een luchtaanval werd niet gemeld.",
                    "2024-05-03", "NRC", "Binnenland", List.of(), List.of(), List.of(), List.of(), "kort"),
            article("a10", "Luchtaanval", "Een kort bericht over overstromingen.",
                    "2024-05-04", "NRC", "Binnenland", List.of(), List.of(), List.of(), List.of(), "kort"));

    /**
     * Every test's corpus: the 2024 articles the search tests name, then news of the last months, dated
     * relative to today so the page's date presets have data.
     */
    public static final List<Article> ARTICLES = corpus(LocalDate.now());

    private FixtureCorpus() {}

    /** Creates index {@code alias}-fixture with the real mapping, fills it and points {@code alias} at it. */
    public static String index(String alias) {
        ElasticsearchClient client = TestElasticsearch.client();
        String index = alias + "-fixture";
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                client.indices().delete(d -> d.index(index));
            }
            IndexSchema.create(client, index);
            fill(client, index, ARTICLES);
            client.indices().putAlias(p -> p.index(index).name(alias));
            return alias;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes articles into an existing index and refreshes it, so they are searchable on return. */
    public static void fill(ElasticsearchClient client, String index, List<Article> articles) throws IOException {
        BulkResponse bulk = client.bulk(b -> {
            for (Article a : articles) {
                b.operations(op -> op.index(i -> i.index(index).id(a.id()).document(a)));
            }
            return b.refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
        });
        if (bulk.errors()) {
            throw new IllegalStateException("fixture indexing failed: " + bulk.items());
        }
    }

    private static List<Article> corpus(LocalDate today) {
        var out = new ArrayList<>(SEARCH);
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
        return List.copyOf(out);
    }

    private static Article a(String id, String title, LocalDate date, String source, String section, String body,
                             List<String> persons, List<String> places, List<String> orgs, List<String> tags) {
        String length = body.split("\\s+").length < 15 ? "kort" : "middel";
        return article(id, title, body, date.toString(), source, section, tags, persons, places, orgs, length);
    }

    /** Articles that match {@code p}: what a test expects a search to count. */
    public static long count(Predicate<Article> p) {
        return ARTICLES.stream().filter(p).count();
    }

    public static Article byId(String id) {
        return ARTICLES.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    public static List<String> values(Article a, Facet f) {
        return switch (f) {
            case PLACE -> a.places();
            case PERSON -> a.persons();
            case ORGANISATION -> a.organisations();
            case SOURCE -> List.of(a.source());
            case SECTION -> List.of(a.section());
            case TAG -> a.tags();
            case LENGTH -> List.of(a.length());
        };
    }

    /** Articles whose values match the selection: OR within a facet, AND across facets. */
    public static Predicate<Article> matches(Map<Facet, List<String>> selection) {
        return a -> selection.entrySet().stream()
                .allMatch(e -> values(a, e.getKey()).stream().anyMatch(e.getValue()::contains));
    }

    public static Article article(String id, String title, String body, String published, String source,
                                   String section, List<String> tags, List<String> persons, List<String> places,
                                   List<String> organisations, String length) {
        var suggest = new ArrayList<String>();
        suggest.add(title);
        suggest.addAll(persons);
        suggest.addAll(places);
        suggest.addAll(organisations);
        return new Article(id, title, body, published, source, "https://example.org/" + id, section, null, tags,
                persons, places, organisations, body.split("\\s+").length, length, id + ".txt", null,
                new Article.Suggest(suggest));
    }
}
