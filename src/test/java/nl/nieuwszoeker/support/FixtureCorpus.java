package nl.nieuwszoeker.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    public static final List<Article> ARTICLES = List.of(
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
