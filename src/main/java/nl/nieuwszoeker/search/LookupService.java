package nl.nieuwszoeker.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.model.Fields;

/** The small reads around search: one article, autocomplete, values inside one facet, and health. */
public final class LookupService {

    private static final String COMPLETE = "complete";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final ElasticsearchClient client;
    private final String alias;

    public LookupService(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public Optional<Article> article(String id) {
        try {
            var got = client.get(g -> g.index(alias).id(id).sourceExcludes(Fields.SUGGEST, Fields.CONTENT_HASH, Fields.EXTRACTOR_VERSION), Article.class);
            return got.found() ? Optional.ofNullable(got.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Completions of what was typed so far: titles and entity names, case and accents ignored. */
    public List<String> suggest(String prefix, int size) {
        try {
            var response = client.search(s -> s.index(alias).source(src -> src.fetch(false))
                    .suggest(sg -> sg.suggesters(COMPLETE, f -> f.prefix(prefix)
                            .completion(c -> c.field(Fields.SUGGEST).size(size).skipDuplicates(true)))), Void.class);
            var options = response.suggest().get(COMPLETE);
            if (options == null || options.isEmpty()) {
                return List.of();
            }
            return options.get(0).completion().options().stream().map(CompletionSuggestOption::text).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Values of one facet that start with {@code prefix} (case and accents ignored), counted under the
     * request's text and every other filter, so the counts agree with the facet list of the same search.
     * Values that differ only in case or accents are listed once, under their most frequent spelling, with
     * the counts added (a document holding both spellings is then counted twice: rare, accepted).
     */
    public SearchResult.FacetResult facetValues(Facet facet, String prefix, int size, ArticleSearch context) {
        String folded = fold(prefix);
        var filters = new ArrayList<>(SearchQueries.filters(context, facet, true));
        if (!folded.isEmpty()) {
            filters.add(Query.of(q -> q.prefix(p -> p.field(Fields.folded(facet.field())).value(folded))));
        }
        Query query = Query.of(q -> q.bool(b -> b.must(SearchQueries.text(UserQuery.parse(context.q())))
                .filter(filters)));
        List<String> selected = context.filters().getOrDefault(facet, List.of());
        try {
            var response = client.search(s -> s.index(alias).size(0).query(query)
                    .aggregations(COMPLETE, a -> a.terms(t -> {
                        t.field(facet.field()).size(size).shardSize(Math.max(size, SearchBody.FACET_SHARD_SIZE));
                        if (!folded.isEmpty()) {
                            t.include(i -> i.regexp(foldingRegex(folded) + ".*"));
                        }
                        return t;
                    })), Void.class);
            var merged = new LinkedHashMap<String, SearchResult.FacetValue>();
            for (StringTermsBucket b : response.aggregations().get(COMPLETE).sterms().buckets().array()) {
                String value = b.key().stringValue();
                merged.merge(fold(value), new SearchResult.FacetValue(value, b.docCount(), selected.contains(value)),
                        (first, other) -> new SearchResult.FacetValue(first.value(), first.count() + other.count(),
                                first.selected() || other.selected()));
            }
            return new SearchResult.FacetResult(facet.param(), facet.label(), List.copyOf(merged.values()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Health(boolean ok, String cluster, Long documents, String problem) {}

    public Health health() {
        String cluster;
        try {
            cluster = client.cluster().health(h -> h.timeout(t -> t.time("2s"))).status().jsonValue();
        } catch (IOException | RuntimeException e) {
            return new Health(false, "unreachable", null, "Elasticsearch cannot be reached");
        }
        try {
            long docs = client.count(c -> c.index(alias)).count();
            return new Health(!"red".equals(cluster), cluster, docs, null);
        } catch (ElasticsearchException e) {
            return new Health(false, cluster, null, "the index " + alias + " is missing (" + e.status() + ")");
        } catch (IOException | RuntimeException e) {
            return new Health(false, cluster, null, "Elasticsearch cannot be reached");
        }
    }

    /** Close to the index's lowercase + asciifolding normalizer, for matching the .folded subfields. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = MARKS.matcher(Normalizer.normalize(s.strip(), Normalizer.Form.NFD)).replaceAll("");
        return decomposed.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("ø", "o")
                .replace("Ø", "O").replace("ł", "l").replace("Ł", "L").toLowerCase(Locale.ROOT);
    }

    /**
     * A Lucene regexp matching the folded text in any case and with any accents: each letter becomes the class
     * of its spellings ([cCçÇ...]), every other character is escaped so it stays literal.
     */
    static String foldingRegex(String folded) {
        var out = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            String variants = VARIANTS.get(Character.toString(cp));
            if (variants != null) {
                out.append('[').append(variants).append(']');
            } else {
                if (!Character.isLetterOrDigit(cp)) {
                    out.append('\\');
                }
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** For each folded letter a-z, every Latin character (U+0041..U+024F) that folds to it. */
    private static final Map<String, String> VARIANTS = variants();

    private static Map<String, String> variants() {
        var map = new HashMap<String, StringBuilder>();
        for (int cp = 'A'; cp <= 0x024F; cp++) {
            if (!Character.isLetter(cp)) {
                continue;
            }
            String f = fold(Character.toString(cp));
            if (f.length() == 1 && f.charAt(0) >= 'a' && f.charAt(0) <= 'z') {
                map.computeIfAbsent(f, k -> new StringBuilder()).appendCodePoint(cp);
            }
        }
        var out = new HashMap<String, String>();
        map.forEach((k, v) -> out.put(k, v.toString()));
        return Map.copyOf(out);
    }
}
