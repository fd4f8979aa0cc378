package nl.nieuwszoeker.indexing.entities;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Endings a word may have ("-minister", "-keten"), grouped by their last letters, so a word is compared only with
 * the few endings that could fit instead of with every one in the list.
 */
final class Endings {

    private final int tail;
    private final Map<String, List<String>> byTail;

    Endings(Collection<String> endings, int tail) {
        this.tail = tail;
        this.byTail = endings.stream().collect(Collectors.groupingBy(this::tailOf));
    }

    /** @param longer true when the word must be longer than the ending, so the ending alone does not count */
    boolean endOf(String lower, boolean longer) {
        List<String> candidates = byTail.get(tailOf(lower));
        if (candidates == null) {
            return false;
        }
        for (String ending : candidates) {
            if (lower.endsWith(ending) && (!longer || lower.length() > ending.length())) {
                return true;
            }
        }
        return false;
    }

    private String tailOf(String w) {
        return w.length() <= tail ? w : w.substring(w.length() - tail);
    }
}
