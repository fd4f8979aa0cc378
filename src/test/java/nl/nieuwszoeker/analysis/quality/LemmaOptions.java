package nl.nieuwszoeker.analysis.quality;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The dutch_lemma options side by side on one UD split (default dev, where they were chosen): the default, lemmas
 * kept from Snowball (stem_lemmas false) and one lemma only (other_lemmas false).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test
 *   -Dexec.mainClass=nl.nieuwszoeker.analysis.quality.LemmaOptions -Dexec.args=dev</pre>
 */
public final class LemmaOptions {

    public static void main(String[] args) {
        String split = args.length > 0 ? args[0] : "dev";
        System.out.println("UD Dutch LassySmall, " + split + " split");
        System.out.println(UdQuality.header());
        String[][] variants = {{"default", null}, {"stem_lemmas: false", "stem_lemmas"}, {"other_lemmas: false", "other_lemmas"}};
        for (String[] v : variants) {
            ObjectNode a = AnalysisChains.projectSettings();
            ObjectNode f = ((ObjectNode) a.get("filter")).putObject("dutch_lemma");
            f.put("type", "dutch_lemma");
            if (v[1] != null) {
                f.put(v[1], false);
            }
            AnalysisChains c = AnalysisChains.of(a);
            var chain = new WordFormMeetingTest.Chain(c.analyzer(AnalysisChains.PROJECT_ANALYZER),
                    c.analyzer(AnalysisChains.PROJECT_QUERY_ANALYZER), c.analyzer(AnalysisChains.PROJECT_PARTS_ANALYZER));
            System.out.println(UdQuality.measure(split, chain::finds, chain::conflates, chain::splits).row(v[0]));
        }
    }
}
