package nl.nieuwszoeker.search;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Two texts are near-duplicates when most of their word triples (shingles) are shared: rewording a few
 * sentences, a different headline or an added paragraph keeps them together, another story on the same topic
 * does not (Broder's resemblance, measured as shared / smaller set so that a shortened copy still counts).
 */
public final class NearDuplicate {

    /** Share of the shorter text's word triples that must also be in the other. */
    public static final double THRESHOLD = 0.6;
    private static final int SHINGLE = 3;

    private NearDuplicate() {}

    public static boolean of(String a, String b) {
        return resemblance(a, b) >= THRESHOLD;
    }

    public static double resemblance(String a, String b) {
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> smaller = x.size() <= y.size() ? x : y;
        Set<String> larger = smaller == x ? y : x;
        long shared = smaller.stream().filter(larger::contains).count();
        return (double) shared / smaller.size();
    }

    static Set<String> shingles(String text) {
        if (text == null) {
            return Set.of();
        }
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String[] words = folded.split("[^\\p{L}\\p{N}]+");
        var out = new HashSet<String>();
        var window = new StringBuilder();
        int start = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        for (int i = start; i + SHINGLE <= words.length; i++) {
            window.setLength(0);
            for (int j = i; j < i + SHINGLE; j++) {
                window.append(words[j]).append(' ');
            }
            out.add(window.toString());
        }
        return out;
    }
}
