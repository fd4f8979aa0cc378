package nl.nieuwszoeker.indexing.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A curated word list compared case-insensitively; an entry starting with {@code *} also matches as the end of
 * a longer word (a title list holding {@code *minister} knows landbouwminister and oud-minister).
 */
final class WordLists {

    private final Set<String> whole;
    private final Endings endings;

    private WordLists(Set<String> whole, Set<String> endings) {
        this.whole = whole;
        this.endings = new Endings(endings, 2);
    }

    static WordLists read(String resource) {
        List<String> lines = ResourceLines.read(resource).stream()
                .map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();
        return new WordLists(
                lines.stream().map(l -> l.startsWith("*") ? l.substring(1) : l).collect(Collectors.toUnmodifiableSet()),
                lines.stream().filter(l -> l.startsWith("*")).map(l -> l.substring(1)).collect(Collectors.toUnmodifiableSet()));
    }

    /** Also true for a plural of an entry: directeuren, onderzoekers. */
    boolean contains(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return matches(lower) || (lower.endsWith("s") && matches(lower.substring(0, lower.length() - 1)))
                || (lower.endsWith("en") && matches(lower.substring(0, lower.length() - 2)));
    }

    /** The word itself (or its plural) is an entry; endings do not count. */
    boolean containsWhole(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return whole.contains(lower) || (lower.endsWith("s") && whole.contains(lower.substring(0, lower.length() - 1)))
                || (lower.endsWith("en") && whole.contains(lower.substring(0, lower.length() - 2)));
    }

    private boolean matches(String lower) {
        return whole.contains(lower) || endings.endOf(lower, true);
    }

    int distinctIn(Set<String> lowercaseWords) {
        return (int) whole.stream().filter(lowercaseWords::contains).count();
    }
}
