package nl.nieuwszoeker.analysis.quality;

import org.junit.jupiter.api.Test;

class UdMissProbe {
    @Test
    void print() {
        var p = WordFormMeetingTest.Chain.project();
        String cls = System.getProperty("cls", "VERB");
        int shown = 0;
        for (String[] g : TestLists.rows("/analysis/ud/lemma-forms-dev.tsv")) {
            if (!g[0].equals(cls) || g.length < 4) continue;
            StringBuilder sb = new StringBuilder();
            boolean miss = false;
            for (int i = 2; i < g.length; i++) {
                for (int j = i + 1; j < g.length; j++) {
                    miss |= !(p.finds(g[i], g[j]) && p.finds(g[j], g[i]));
                }
            }
            if (miss && shown++ < 60) {
                sb.append(g[1]).append(": ");
                for (int i = 2; i < g.length; i++) sb.append(g[i]).append(AnalysisChains.tokens(p.index(), g[i])).append(' ');
                System.out.println(sb);
            }
        }
    }

    @Test
    void merged() {
        var p = WordFormMeetingTest.Chain.project();
        java.util.Map<String, java.util.Set<String>> lemmasOf = new java.util.HashMap<>();
        for (String[] g : TestLists.rows("/analysis/ud/lemma-forms-dev.tsv")) {
            for (int i = 2; i < g.length; i++) lemmasOf.computeIfAbsent(g[i], k -> new java.util.HashSet<>()).add(g[1].replace("_", ""));
        }
        var forms = new java.util.ArrayList<>(lemmasOf.keySet());
        var stop = org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet();
        StringBuilder sb = new StringBuilder("MERGED: ");
        for (int i = 0; i < forms.size(); i++) for (int j = i + 1; j < forms.size(); j++) {
            String x = forms.get(i), y = forms.get(j);
            if (stop.contains(x) || stop.contains(y)) continue;
            if (!UdQuality.lookAlike(x, y) || !java.util.Collections.disjoint(lemmasOf.get(x), lemmasOf.get(y))) continue;
            if (p.conflates(x, y)) sb.append(x).append(lemmasOf.get(x)).append(AnalysisChains.tokens(p.index(), x)).append('~').append(y).append(lemmasOf.get(y)).append(AnalysisChains.tokens(p.index(), y)).append("  ");
        }
        System.out.println(sb);
    }

    @Test
    void heads() {
        var p = WordFormMeetingTest.Chain.project();
        StringBuilder sb = new StringBuilder("HEADMISS: ");
        for (String[] c : TestLists.rows("/analysis/ud/compounds-dev.tsv")) {
            String[] parts = c[1].split(" ");
            if (!p.finds(parts[parts.length - 1], c[0])) sb.append(c[0]).append(AnalysisChains.tokens(p.index(), c[0])).append("<").append(c[1]).append(">  ");
        }
        System.out.println(sb);
    }
}
