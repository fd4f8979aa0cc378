package nl.nieuwszoeker.analysis.quality;

import org.junit.jupiter.api.Test;

class UdBeforeProbe {
    @Test
    void print() {
        AnalysisChains stock = AnalysisChains.stock();
        for (String split : new String[] {"dev", "test"}) {
            System.out.println("UD " + split);
            System.out.println(UdQuality.header());
            for (String name : new String[] {"snowball_dutch", "dutch_kp"}) {
                var c = WordFormMeetingTest.Chain.symmetric(stock.analyzer(name));
                System.out.println(UdQuality.measure(split, c::finds, c::conflates, c::splits).row(name));
            }
            var p = WordFormMeetingTest.Chain.project();
            UdQuality q = UdQuality.measure(split, p::finds, p::conflates, p::splits);
            System.out.println(q.row("new"));
            System.out.println(q.counts());
        }
    }
}
