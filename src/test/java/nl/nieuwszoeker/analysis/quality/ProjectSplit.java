package nl.nieuwszoeker.analysis.quality;

final class ProjectSplit {
    static String rate(WordFormMeetingTest.Chain p) {
        var l = TestLists.rows("/analysis/non-compounds.txt");
        long n = l.stream().filter(r -> p.splits(r[0])).count();
        var c = TestLists.rows("/analysis/compounds.tsv");
        long found = c.stream().filter(r -> java.util.Arrays.stream(r[1].split(" ")).allMatch(x -> p.finds(x, r[0]))).count();
        return String.format("%.1f%% compounds-all-parts %.1f%%", 100.0 * n / l.size(), 100.0 * found / c.size());
    }
}
