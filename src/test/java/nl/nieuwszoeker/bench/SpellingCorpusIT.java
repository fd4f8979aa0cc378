package nl.nieuwszoeker.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.nieuwszoeker.es.IndexSchema;
import nl.nieuwszoeker.search.ArticleSearch;
import nl.nieuwszoeker.search.SearchResult;
import nl.nieuwszoeker.search.SearchService;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spelling help on a corpus the tests did not write by hand: the benchmark's generator (seed 42), with its
 * Zipf vocabulary of common Dutch words and a long tail from the Dutch word list. Words that are in the corpus
 * must be left alone; misspellings at edit distance 1 and 2 of common words must be corrected. The rates are
 * printed, so the numbers in the docs come from this run.
 */
class SpellingCorpusIT {

    private static final String ALIAS = "spelling-corpus-it";
    private static final int SIZE = 1_500;
    private static SearchService search;
    private static CorpusModel model;

    @BeforeAll
    static void corpus() throws Exception {
        model = CorpusModel.create(42, CorpusModel.DEFAULT_DICTIONARY);
        var generator = new CorpusGenerator(model);
        ElasticsearchClient client = TestElasticsearch.client();
        String index = ALIAS + "-index";
        if (client.indices().exists(e -> e.index(index)).value()) {
            client.indices().delete(d -> d.index(index));
        }
        IndexSchema.create(client, index);
        for (int from = 0; from < SIZE; from += 250) {
            var ops = new ArrayList<BulkOperation>();
            for (int n = from; n < Math.min(SIZE, from + 250); n++) {
                var a = generator.article(n);
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("id", a.id());
                doc.put("title", a.title());
                doc.put("body", a.body());
                doc.put("published", a.published());
                doc.put("source", a.source());
                ops.add(BulkOperation.of(op -> op.index(i -> i.index(index).id(a.id()).document(doc))));
            }
            var response = client.bulk(b -> b.operations(ops));
            assertTrue(!response.errors(), "bulk failed");
        }
        client.indices().refresh(r -> r.index(index));
        client.indices().putAlias(p -> p.index(index).name(ALIAS));
        search = new SearchService(client, ALIAS);
        System.out.println("spelling corpus: " + SIZE + " generated articles, vocabulary " + model.vocabularySource);
    }

    private static SearchResult run(String q) {
        return search.search(new ArticleSearch(q, Map.of(), null, null, ArticleSearch.Sort.RELEVANCE, 1, 0));
    }

    /** Plain words of the generator's vocabulary in the order they are drawn most (its Zipf head first). */
    private static List<String> vocabulary() {
        var out = new LinkedHashSet<String>();
        for (String w : CorpusModel.resourceLines("/bench/frequent-nl.txt")) {
            if (w.matches("\\p{Ll}{6,}")) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    @Test
    void wordsThatAreInTheCorpusAreLeftAlone() {
        int tried = 0;
        var touched = new ArrayList<String>();
        // Common words and rare ones: a rare word with one or two hits is where a suggester goes wrong.
        var words = new ArrayList<>(vocabulary());
        var random = new java.util.SplittableRandom(7);
        var rare = new ArrayList<String>();
        for (int n = 0; n < 300 && rare.size() < 60; n++) {
            String[] body = new CorpusGenerator(model).article(random.nextInt(SIZE)).body().split("[^\\p{L}]+");
            String w = body[random.nextInt(body.length)];
            if (w.matches("\\p{Ll}{5,}") && !words.contains(w)) {
                rare.add(w);
            }
        }
        words.addAll(rare);
        int rareTried = 0;
        for (String w : words) {
            SearchResult r = run(w);
            if (r.total().value() == 0) {
                continue;
            }
            tried++;
            if (r.total().value() < 3) {
                rareTried++;
            }
            if (r.didYouMean() != null || r.correctedFrom() != null) {
                touched.add(w + " (" + r.total().value() + " hits) -> " + r.didYouMean());
            }
        }
        double kept = 1 - (double) touched.size() / tried;
        System.out.printf("typed words left alone: %d of %d (%.1f%%), %d of them with 1-2 hits; touched: %s%n",
                tried - touched.size(), tried, 100 * kept, rareTried, touched);
        assertTrue(tried >= 100, "enough words were tried: " + tried);
        assertTrue(kept >= 0.95, "left alone: " + kept + "; " + touched);
    }

    @Test
    void misspellingsOfCommonWordsAreCorrected() {
        int tried = 0;
        int corrected = 0;
        var missed = new ArrayList<String>();
        for (String w : vocabulary()) {
            if (run(w).total().value() < 20) {
                continue;
            }
            for (String typo : typos(w)) {
                SearchResult r = run(typo);
                if (r.correctedFrom() == null && r.didYouMean() == null && r.total().value() > 0) {
                    continue; // the typo is a word of the corpus itself: nothing to correct
                }
                tried++;
                if (w.equals(r.correctedTo()) || w.equals(r.didYouMean())) {
                    corrected++;
                } else {
                    missed.add(typo + " -> " + (r.correctedTo() != null ? r.correctedTo() : r.didYouMean()));
                }
            }
        }
        double rate = (double) corrected / tried;
        System.out.printf("misspellings corrected back to the word: %d of %d (%.1f%%); missed: %s%n", corrected, tried,
                100 * rate, missed);
        assertTrue(tried >= 50, "enough misspellings were tried: " + tried);
        assertTrue(rate >= 0.8, "corrected: " + rate + "; " + missed);
    }

    /** Edit distance 1 (a letter dropped, two swapped, one doubled) and 2 (dropped and swapped); first letter kept. */
    static Set<String> typos(String w) {
        var out = new LinkedHashSet<String>();
        int mid = w.length() / 2;
        out.add(w.substring(0, mid) + w.substring(mid + 1));
        out.add(w.substring(0, mid) + w.charAt(mid + 1) + w.charAt(mid) + w.substring(mid + 2));
        out.add(w.substring(0, mid) + w.charAt(mid) + w.substring(mid));
        String dropped = w.substring(0, w.length() - 1);
        out.add(dropped.substring(0, 1) + dropped.charAt(2) + dropped.charAt(1) + dropped.substring(3));
        out.remove(w);
        return out;
    }
}
