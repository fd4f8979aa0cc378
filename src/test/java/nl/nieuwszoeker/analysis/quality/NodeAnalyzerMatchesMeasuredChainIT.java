package nl.nieuwszoeker.analysis.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.nieuwszoeker.support.Analyze;
import nl.nieuwszoeker.support.SeedIndex;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * The quality numbers are measured on a Lucene rebuild of the analyzer; this proves the real node, with the
 * real index settings, gives the same terms for every word of the test lists.
 */
class NodeAnalyzerMatchesMeasuredChainIT {

    @Test
    void everyTestWordGetsTheSameTermsFromTheNodeAsInTheMeasurement() {
        Analyzer measured = AnalysisChains.project().analyzer(AnalysisChains.PROJECT_ANALYZER);
        Set<String> words = new LinkedHashSet<>();
        for (String resource : List.of("/analysis/word-groups.tsv", "/analysis/non-meeting-pairs.tsv",
                "/analysis/compounds.tsv")) {
            for (String[] row : TestLists.rows(resource)) {
                for (String cell : row) {
                    for (String w : cell.split("[ ,+]+")) {
                        if (w.matches("\\p{L}+")) {
                            words.add(w);
                        }
                    }
                }
            }
        }
        List<String> differ = new ArrayList<>();
        String index = SeedIndex.alias();
        for (String w : words) {
            var fromNode = Set.copyOf(Analyze.tokens(TestElasticsearch.client(), index, "dutch_text", w));
            var fromLucene = Set.copyOf(AnalysisChains.tokens(measured, w));
            if (!fromNode.equals(fromLucene)) {
                differ.add(w + " node=" + fromNode + " measured=" + fromLucene);
            }
        }
        System.out.println("compared " + words.size() + " words between the node and the measured chain");
        assertTrue(words.size() > 1000, "the lists should give over a thousand words, got " + words.size());
        assertTrue(differ.isEmpty(), differ.size() + " words differ: " + differ.subList(0, Math.min(10, differ.size())));
    }
}
