package nl.nieuwszoeker.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.nieuwszoeker.es.IndexSchema;
import nl.nieuwszoeker.model.Fields;

/**
 * Spelling help that is offered only when it helps. A typed word is replaced only when
 * <ul>
 *   <li>it is missing from the index, or {@link #RARER} times rarer than the replacement;</li>
 *   <li>the replacement is not another form of the same word: both are run through the index's own search
 *       analyzer, and a shared term means they already meet (vrouw/vrouwen), whatever the analyzer is;</li>
 *   <li>the corrected query finds more than the typed one.</li>
 * </ul>
 * The correction is "confident" when the typed query found nothing and every replaced word was missing from
 * the index: then the caller shows the corrected results straight away.
 */
final class Spelling {

    /** A typed word this many times rarer than a close, more frequent word is taken for a misspelling. */
    static final int RARER = 20;
    private static final int OPTIONS = 4;
    private static final String SUGGEST = "spelling";

    /** @param query the corrected query text; @param total its hits under the same filters */
    record Correction(String query, long total, boolean confident) {}

    private final ElasticsearchClient client;
    private final String index;
    private final String analyzer;

    Spelling(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
        this.analyzer = searchAnalyzer();
    }

    /** A correction of {@code request.q()} that finds more than {@code total} hits, or null. */
    Correction correct(ArticleSearch request, UserQuery parsed, long total) {
        String text = request.q();
        Set<String> plain = new HashSet<>();
        parsed.plainWords().forEach(w -> plain.add(LookupService.fold(w)));
        if (text == null || plain.isEmpty()) {
            return null;
        }
        List<Candidate> candidates = candidates(text, plain);
        if (candidates.isEmpty()) {
            return null;
        }
        Map<String, Long> counts = counts(candidates);
        Map<String, Set<String>> analysed = analyse(candidates);
        var out = new StringBuilder();
        int at = 0;
        boolean changed = false;
        boolean allMissing = true;
        for (Candidate c : candidates) {
            long typedCount = counts.get(c.typed());
            Set<String> typedTerms = analysed.get(c.typed());
            TermSuggestOption chosen = null;
            for (TermSuggestOption o : c.options()) {
                boolean rarer = typedCount == 0 || typedCount * RARER <= o.freq();
                boolean sameWord = typedTerms.stream().anyMatch(analysed.getOrDefault(o.text(), Set.of())::contains);
                if (rarer && !sameWord) {
                    chosen = o;
                    break;
                }
            }
            if (chosen == null || c.offset() < at) {
                continue;
            }
            out.append(text, at, c.offset()).append(chosen.text());
            at = c.offset() + c.length();
            changed = true;
            allMissing &= typedCount == 0;
        }
        if (!changed) {
            return null;
        }
        String corrected = out.append(text.substring(at)).toString();
        long correctedTotal = count(new ArticleSearch(corrected, request.filters(), request.from(), request.to(),
                request.sort(), 1, 0));
        if (correctedTotal <= total) {
            return null;
        }
        return new Correction(corrected, correctedTotal, total == 0 && allMissing);
    }

    private record Candidate(String typed, int offset, int length, List<TermSuggestOption> options) {}

    /** Words of the query with closer, more frequent neighbours in the index (Elasticsearch's term suggester). */
    private List<Candidate> candidates(String text, Set<String> plain) {
        try {
            var response = client.search(s -> s.index(index).size(0).trackTotalHits(t -> t.enabled(false))
                    .query(q -> q.matchNone(m -> m))
                    .suggest(sg -> sg.text(text).suggesters(SUGGEST, f -> f.term(t -> t.field(Fields.BODY_EXACT)
                            .suggestMode(SuggestMode.Popular).size(OPTIONS).minWordLength(3)))), Void.class);
            var out = new ArrayList<Candidate>();
            List<Suggestion<Void>> entries = response.suggest().get(SUGGEST);
            for (Suggestion<Void> s : entries == null ? List.<Suggestion<Void>>of() : entries) {
                var entry = s.term();
                if (!entry.options().isEmpty() && plain.contains(entry.text())) {
                    out.add(new Candidate(entry.text(), entry.offset(), entry.length(), entry.options()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many articles each typed word finds as the search finds it (stemmed, compounds included). */
    private Map<String, Long> counts(List<Candidate> candidates) {
        var searches = new ArrayList<RequestItem>();
        for (Candidate c : candidates) {
            searches.add(RequestItem.of(i -> i.header(h -> h).body(b -> b.size(0)
                    .query(SearchQueries.text(UserQuery.parse(c.typed()))))));
        }
        try {
            MsearchResponse<Void> response = client.msearch(m -> m.index(index).searches(searches), Void.class);
            var out = new LinkedHashMap<String, Long>();
            for (int i = 0; i < candidates.size(); i++) {
                var item = response.responses().get(i);
                out.put(candidates.get(i).typed(), item.isResult() ? item.result().hits().total().value() : 0L);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index's search analyzer applied to every typed word and every option, in one call: the texts are
     * analysed one after the other and told apart by their offsets.
     */
    private Map<String, Set<String>> analyse(List<Candidate> candidates) {
        var texts = new ArrayList<String>();
        for (Candidate c : candidates) {
            texts.add(c.typed());
            c.options().forEach(o -> texts.add(o.text()));
        }
        try {
            List<AnalyzeToken> tokens = client.indices().analyze(a -> a.index(index).analyzer(analyzer).text(texts))
                    .tokens();
            var out = new LinkedHashMap<String, Set<String>>();
            texts.forEach(t -> out.putIfAbsent(t, new HashSet<>()));
            int start = 0;
            int t = 0;
            for (AnalyzeToken token : tokens) {
                // Each next text starts one past the end of the previous one (the analyzer's offset gap).
                while (t < texts.size() - 1 && token.startOffset() >= start + texts.get(t).length() + 1) {
                    start += texts.get(t).length() + 1;
                    t++;
                }
                out.get(texts.get(t)).add(token.token());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count(ArticleSearch r) {
        var filters = SearchQueries.filters(r, null, true);
        var text = SearchQueries.text(UserQuery.parse(r.q()));
        try {
            return client.count(c -> c.index(index).query(q -> q.bool(b -> b.must(text).filter(filters)))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analyzer the body is searched with, from the mapping (so it follows any change of the analysis). */
    private static String searchAnalyzer() {
        try (InputStream in = Spelling.class.getResourceAsStream(IndexSchema.RESOURCE)) {
            JsonNode body = new ObjectMapper().readTree(in).path("mappings").path("properties").path(Fields.BODY);
            String name = body.path("search_analyzer").asText(body.path("analyzer").asText("standard"));
            return name.isEmpty() ? "standard" : name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
