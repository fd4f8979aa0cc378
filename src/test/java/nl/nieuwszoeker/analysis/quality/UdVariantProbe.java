package nl.nieuwszoeker.analysis.quality;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class UdVariantProbe {
    @Test
    void print() {
        String split = System.getProperty("split", "dev");
        System.out.println(UdQuality.header());
        String[][] variants = {{"default", null, null}, {"stem_lemmas=false", "stem_lemmas", "false"},
                {"other_lemmas=false", "other_lemmas", "false"}};
        for (String[] v : variants) {
            ObjectNode a = AnalysisChains.projectSettings();
            ObjectNode f = ((ObjectNode) a.get("filter")).putObject("dutch_lemma");
            f.put("type", "dutch_lemma");
            if (v[1] != null) {
                f.put(v[1], Boolean.parseBoolean(v[2]));
            }
            AnalysisChains c = AnalysisChains.of(a);
            var chain = new WordFormMeetingTest.Chain(c.analyzer("dutch_text"), c.analyzer("dutch_query"), c.analyzer("dutch_query_parts"));
            System.out.println(UdQuality.measure(split, chain::finds, chain::conflates, chain::splits).row(v[0]));
        }
    }
}
