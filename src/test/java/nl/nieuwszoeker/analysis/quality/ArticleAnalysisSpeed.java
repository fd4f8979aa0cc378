package nl.nieuwszoeker.analysis.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.nieuwszoeker.analysis.dutch.DutchLexicon;
import org.apache.lucene.analysis.Analyzer;

/**
 * CPU seconds to analyse the title and body of articles (.jsonl, as `bench/run generate` writes them) with the
 * project's index analyzer and with a plain Snowball chain, one thread: first pass with every cache empty (each
 * word new), then passes with the caches filled, alternating between the chains.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench-classpath.txt)
 *   nl.nieuwszoeker.analysis.quality.ArticleAnalysisSpeed part-00000.jsonl ...</pre>
 */
public final class ArticleAnalysisSpeed {

    /** CPU seconds of this thread, not wall time: the machine is shared, and other work must not count. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String a : args) {
            for (String line : Files.readAllLines(Path.of(a), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode d = json.readTree(line);
                    texts.add(d.path("title").asText());
                    texts.add(d.path("body").asText());
                }
            }
        }
        DutchLexicon.get();
        AnalysisChains project = AnalysisChains.project();
        AnalysisChains settings = AnalysisChains.of(AnalysisChains.projectSettings());
        Analyzer snowball = settings.build(List.of("lowercase", "dutch_stop", "dutch_folding", "dutch_stemmer"));
        Analyzer ours = project.analyzer(AnalysisChains.PROJECT_ANALYZER);
        Pass s0 = pass(snowball, texts);
        Pass p0 = pass(ours, texts);
        System.out.printf(Locale.ROOT, "terms out: snowball %d, dutch_text %d%n", s0.terms(), p0.terms());
        System.out.printf(Locale.ROOT, "%d texts; first pass: snowball %.2f s, dutch_text %.2f s%n", texts.size(),
                s0.seconds(), p0.seconds());
        for (int i = 0; i < Integer.getInteger("passes", 4); i++) {
            if (Boolean.getBoolean("cold")) {
                DutchLexicon.get().forgetAnalyses();
                ours = project.analyzer(AnalysisChains.PROJECT_ANALYZER);
            }
            double s = pass(snowball, texts).seconds();
            double p = pass(ours, texts).seconds();
            System.out.printf(Locale.ROOT, "pass %d: snowball %.2f s, dutch_text %.2f s, ratio %.0f%%%n", i + 2, s, p, 100 * s / p);
        }
    }

    private record Pass(double seconds, long terms) {}

    /** One pass over every text: its CPU seconds and the terms the analyzer emitted. */
    private static Pass pass(Analyzer a, List<String> texts) throws IOException {
        long start = CPU.getCurrentThreadCpuTime();
        long terms = AnalysisSpeed.analyse(a, texts);
        return new Pass((CPU.getCurrentThreadCpuTime() - start) / 1e9, terms);
    }
}
