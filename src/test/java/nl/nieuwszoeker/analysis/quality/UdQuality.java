package nl.nieuwszoeker.analysis.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Quality of an analysis chain on the lists derived from UD Dutch LassySmall (one split: dev or test). "x finds y"
 * is a search for x that finds a document holding y, as the index and query analysis and the compound query
 * decide (see WordFormMeetingTest.Chain).
 */
record UdQuality(Map<String, Double> pairsMeet, Map<String, Integer> pairs, double allPairsMeet, double lookAlikesMerged,
                 int lookAlikes, double headsFound, double modifiersFound, int compounds, double simpleSplit, int simpleNouns) {

    static final List<String> CLASSES = List.of("NOUN", "VERB", "ADJ");
    static final int LONG_NOUN = 8;

    /**
     * finds: does a search for the first word find a document with the second; conflates: do the two words become
     * one term (a compound part finding its compound is not a conflation); splits: is the word decompounded.
     */
    static UdQuality measure(String split, BiPredicate<String, String> finds, BiPredicate<String, String> conflates,
            Predicate<String> splits) {
        List<String[]> groups = withoutStopWords(TestLists.rows("/analysis/ud/lemma-forms-" + split + ".tsv"));
        Map<String, Double> meet = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        int allMet = 0;
        int all = 0;
        for (String cls : CLASSES) {
            int met = 0;
            int n = 0;
            for (String[] g : groups) {
                if (!g[0].equals(cls)) {
                    continue;
                }
                for (int i = 2; i < g.length; i++) {
                    for (int j = i + 1; j < g.length; j++) {
                        n++;
                        met += finds.test(g[i], g[j]) && finds.test(g[j], g[i]) ? 1 : 0;
                    }
                }
            }
            meet.put(cls, (double) met / n);
            count.put(cls, n);
            allMet += met;
            all += n;
        }

        Map<String, Set<String>> lemmasOf = new HashMap<>();
        for (String[] g : groups) {
            for (int i = 2; i < g.length; i++) {
                lemmasOf.computeIfAbsent(g[i], k -> new HashSet<>()).add(g[1].replace("_", ""));
            }
        }
        List<String> forms = new ArrayList<>(lemmasOf.keySet());
        int lookAlikes = 0;
        int merged = 0;
        for (int i = 0; i < forms.size(); i++) {
            for (int j = i + 1; j < forms.size(); j++) {
                String x = forms.get(i);
                String y = forms.get(j);
                if (!lookAlike(x, y) || !java.util.Collections.disjoint(lemmasOf.get(x), lemmasOf.get(y))) {
                    continue;
                }
                lookAlikes++;
                merged += conflates.test(x, y) ? 1 : 0;
            }
        }

        int heads = 0;
        int headsFound = 0;
        int modifiers = 0;
        int modifiersFound = 0;
        List<String[]> compounds = TestLists.rows("/analysis/ud/compounds-" + split + ".tsv");
        for (String[] c : compounds) {
            String[] parts = c[1].split(" ");
            for (int i = 0; i < parts.length; i++) {
                boolean found = finds.test(parts[i], c[0]);
                if (i == parts.length - 1) {
                    heads++;
                    headsFound += found ? 1 : 0;
                } else {
                    modifiers++;
                    modifiersFound += found ? 1 : 0;
                }
            }
        }

        int simple = 0;
        int simpleSplit = 0;
        for (String[] g : groups) {
            if (!g[0].equals("NOUN") || g[1].contains("_")) {
                continue;
            }
            for (int i = 2; i < g.length; i++) {
                if (g[i].length() >= LONG_NOUN) {
                    simple++;
                    simpleSplit += splits.test(g[i]) ? 1 : 0;
                }
            }
        }
        return new UdQuality(meet, count, (double) allMet / all, (double) merged / lookAlikes, lookAlikes,
                (double) headsFound / heads, (double) modifiersFound / modifiers, compounds.size(),
                (double) simpleSplit / simple, simple);
    }

    /** Stop words (hebben, kan, doen, ...) are never searchable, in any chain; their pairs say nothing. */
    private static List<String[]> withoutStopWords(List<String[]> groups) {
        var stop = org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet();
        List<String[]> out = new ArrayList<>();
        for (String[] g : groups) {
            List<String> row = new ArrayList<>(List.of(g[0], g[1]));
            for (int i = 2; i < g.length; i++) {
                if (!stop.contains(g[i])) {
                    row.add(g[i]);
                }
            }
            if (row.size() > 2) {
                out.add(row.toArray(String[]::new));
            }
        }
        return out;
    }

    /**
     * Forms a reader could take for one word: one a prefix of the other with at most four more letters
     * (kort, korting), or at most two edits apart with the first two letters in common (zon, zoon).
     */
    static boolean lookAlike(String x, String y) {
        String s = x.length() <= y.length() ? x : y;
        String l = s == x ? y : x;
        if (s.length() < 3) {
            return false;
        }
        if (l.startsWith(s) && l.length() - s.length() <= 4) {
            return true;
        }
        return s.regionMatches(0, l, 0, 2) && s.length() >= 3 && edits(s, l) <= 2;
    }

    private static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    String row(String name) {
        return String.format("| %-22s | %5.1f%% | %5.1f%% | %5.1f%% | %5.1f%% | %5.1f%% | %5.1f%% | %5.1f%% | %5.1f%% |",
                name, 100 * allPairsMeet, 100 * pairsMeet.get("NOUN"), 100 * pairsMeet.get("VERB"),
                100 * pairsMeet.get("ADJ"), 100 * lookAlikesMerged, 100 * headsFound, 100 * modifiersFound,
                100 * simpleSplit);
    }

    String counts() {
        return "pairs " + pairs + ", look-alike pairs " + lookAlikes + ", compounds " + compounds
                + ", simple nouns of " + LONG_NOUN + "+ letters " + simpleNouns;
    }

    static String header() {
        return "| chain                  | pairs  | NOUN   | VERB   | ADJ    | merged | heads  | modif. | simple split |\n"
                + "|---|---|---|---|---|---|---|---|---|";
    }
}
