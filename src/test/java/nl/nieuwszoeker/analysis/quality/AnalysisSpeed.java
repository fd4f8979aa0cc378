package nl.nieuwszoeker.analysis.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.nieuwszoeker.analysis.dutch.DutchLexicon;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Tokens per second of the project's index analyzer against a plain Snowball chain (standard tokenizer, lower
 * case, Dutch stop words, folding, Snowball), on one thread, over the sentences of CoNLL-U files; and the heap the
 * lexicon takes. A quick loop, not JMH: passes alternate between the two chains so a busy machine slows both alike;
 * first with a new analyzer per pass and the node-wide cache emptied before each pass (every word new), then with a
 * new analyzer per pass and the node cache kept (a new indexing thread on a node that has seen the words), then
 * with one analyzer (caches filled, as on a node, where each indexing thread keeps its filter instances).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test
 *   -Dexec.mainClass=nl.nieuwszoeker.analysis.quality.AnalysisSpeed -Dexec.args="file.conllu ..."</pre>
 */
public final class AnalysisSpeed {

    public static void main(String[] args) throws IOException {
        long before = usedHeap();
        DutchLexicon.get();
        long after = usedHeap();
        System.out.printf(Locale.ROOT, "lexicon heap: %.1f MB%n", (after - before) / 1e6);

        List<String> sentences = new ArrayList<>();
        for (String a : args) {
            for (String line : Files.readAllLines(Path.of(a), StandardCharsets.UTF_8)) {
                if (line.startsWith("# text = ")) {
                    sentences.add(line.substring(9));
                }
            }
        }
        AnalysisChains project = AnalysisChains.project();
        AnalysisChains settings = AnalysisChains.of(AnalysisChains.projectSettings());
        List<String> plain = List.of("lowercase", "dutch_stop", "dutch_folding", "dutch_stemmer");
        long tokens = 0;
        Analyzer counter = settings.build(List.of());
        for (String s : sentences) {
            tokens += AnalysisChains.tokens(counter, s).size();
        }
        System.out.printf(Locale.ROOT, "%d sentences, %d tokens; passes alternate between the chains, medians of %d%n",
                sentences.size(), tokens, ROUNDS);
        for (int mode = 0; mode < 3; mode++) {
            boolean fresh = mode < 2;
            boolean forget = mode == 0;
            Analyzer snowball = settings.build(plain);
            Analyzer ours = project.analyzer(AnalysisChains.PROJECT_ANALYZER);
            List<Double> s = new ArrayList<>();
            List<Double> p = new ArrayList<>();
            List<Double> ratio = new ArrayList<>();
            for (int round = 0; round < ROUNDS + WARM_UP; round++) {
                double rs = tokens / seconds(fresh ? settings.build(plain) : snowball, sentences);
                if (forget) {
                    DutchLexicon.get().forgetAnalyses();
                }
                double rp = tokens / seconds(fresh ? project.analyzer(AnalysisChains.PROJECT_ANALYZER) : ours, sentences);
                if (round >= WARM_UP) {
                    s.add(rs);
                    p.add(rp);
                    ratio.add(rp / rs);
                }
            }
            System.out.printf(Locale.ROOT, "%s: snowball %.0f tokens/s, dutch_text %.0f tokens/s, ratio %.0f%%%n",
                    forget ? "new analyzer, node cache emptied (new words)"
                            : fresh ? "new analyzer, node cache kept (new thread) "
                            : "same analyzer (filled caches)               ",
                    median(s), median(p), 100 * median(ratio));
        }
        System.out.printf(Locale.ROOT, "heap of lexicon and filled node cache: %.1f MB%n", (usedHeap() - before) / 1e6);
    }

    private static final int ROUNDS = 21;
    private static final int WARM_UP = 3;

    private static double median(List<Double> l) {
        List<Double> c = new ArrayList<>(l);
        java.util.Collections.sort(c);
        return c.get(c.size() / 2);
    }

    /** One pass over all sentences; the count is of input tokens, so extra lemma and part tokens do not count. */
    private static double seconds(Analyzer a, List<String> sentences) throws IOException {
        long start = System.nanoTime();
        analyse(a, sentences);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Runs every text through the analyzer as the body field; the number of terms it emitted. */
    static long analyse(Analyzer a, List<String> texts) throws IOException {
        long terms = 0;
        for (String s : texts) {
            try (TokenStream ts = a.tokenStream("body", s)) {
                ts.reset();
                while (ts.incrementToken()) {
                    terms++;
                }
                ts.end();
            }
        }
        return terms;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
