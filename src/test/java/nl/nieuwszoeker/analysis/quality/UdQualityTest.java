package nl.nieuwszoeker.analysis.quality;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 12: quality on real text with gold lemmas (UD Dutch LassySmall, lists in src/test/resources/analysis/ud/).
 * The analysis was tuned on the dev split only; the thresholds hold the test split just under what it reaches.
 */
class UdQualityTest {

    static final String SPLIT = "test";
    static final double MIN_PAIRS = 0.97;
    static final double MIN_NOUN_PAIRS = 0.94;
    static final double MIN_VERB_PAIRS = 0.97;
    static final double MIN_ADJ_PAIRS = 0.98;
    static final double MIN_HEADS = 0.90;
    static final double MIN_MODIFIERS = 0.85;
    static final double MAX_SIMPLE_SPLIT = 0.25;

    @Test
    void projectChainMeetsTheTargetsOnTheTestSplit() {
        AnalysisChains stock = AnalysisChains.stock();
        var snowballChain = WordFormMeetingTest.Chain.symmetric(stock.analyzer("snowball_dutch"));
        var kpChain = WordFormMeetingTest.Chain.symmetric(stock.analyzer("dutch_kp"));
        var project = WordFormMeetingTest.Chain.project();
        UdQuality ours = null;
        UdQuality snowball = null;
        for (String split : new String[] {"dev", SPLIT}) {
            snowball = UdQuality.measure(split, snowballChain::finds, snowballChain::conflates, snowballChain::splits);
            UdQuality kp = UdQuality.measure(split, kpChain::finds, kpChain::conflates, kpChain::splits);
            ours = UdQuality.measure(split, project::finds, project::conflates, project::splits);
            System.out.println("UD Dutch LassySmall, " + split + " split (" + ours.counts() + ")");
            System.out.println(UdQuality.header());
            System.out.println(snowball.row("snowball_dutch"));
            System.out.println(kp.row("dutch_kp"));
            System.out.println(ours.row(AnalysisChains.PROJECT_ANALYZER));
        }
        UdQuality o = ours;
        UdQuality s = snowball;
        assertAll(
                () -> assertTrue(o.allPairsMeet() >= MIN_PAIRS, "pairs meeting " + o.allPairsMeet()),
                () -> assertTrue(o.pairsMeet().get("NOUN") >= MIN_NOUN_PAIRS, "noun pairs " + o.pairsMeet()),
                () -> assertTrue(o.pairsMeet().get("VERB") >= MIN_VERB_PAIRS, "verb pairs " + o.pairsMeet()),
                () -> assertTrue(o.pairsMeet().get("ADJ") >= MIN_ADJ_PAIRS, "adjective pairs " + o.pairsMeet()),
                () -> assertTrue(o.lookAlikesMerged() <= s.lookAlikesMerged(),
                        "look-alikes merged " + o.lookAlikesMerged() + " > snowball's " + s.lookAlikesMerged()),
                () -> assertTrue(o.headsFound() >= MIN_HEADS, "heads found " + o.headsFound()),
                () -> assertTrue(o.modifiersFound() >= MIN_MODIFIERS, "modifiers found " + o.modifiersFound()),
                () -> assertTrue(o.simpleSplit() <= MAX_SIMPLE_SPLIT, "simple nouns split " + o.simpleSplit()));
    }
}
