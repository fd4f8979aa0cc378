package nl.nieuwszoeker.analysis.dutch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a Dutch compound into parts that tile it exactly, optionally joined by a linking s, e, en or er: every
 * part a known noun, verb or adjective, the last one a noun, each frequent enough, and the parts together at
 * least as frequent as the whole (Koehn and Knight). Of the valid splits the one with the fewest parts wins, then
 * the one with the more frequent parts. A substring that does not tile the word is never a part, so
 * wereldoorlog gives wereld and oorlog, never door. Not thread-safe; one per filter instance. Splits are kept in
 * the node-wide {@link NodeCache}, read straight from the term buffer.
 */
final class CompoundSplitter {

    static final int MIN_WORD = 6;
    static final int MIN_PART = 3;
    static final int MAX_PARTS = 3;
    /**
     * Frequency classes run from 0 (A, rare) to 25 (Z); below these a part is more likely a look-alike. Chosen on
     * the UD dev split (docs/analysis.md).
     */
    static final int MIN_HEAD_FREQUENCY = 8;
    static final int MIN_MODIFIER_FREQUENCY = 8;
    /** Three-letter parts are look-alikes more often (kam in kameraad, ion in stadion): only common ones count. */
    static final int MIN_SHORT_FREQUENCY = 14;
    private static final String[] LINKS = {"", "s", "en", "e", "er"};
    /** Prefixes of derived words that happen to be words themselves (verkeer is not ver + keer). */
    private static final Set<String> PREFIXES = Set.of("ver", "ont", "her", "mis", "wan");

    private final Lemmatizer lemmatizer;
    private final NodeCache.Front<List<String>> shared = new NodeCache.Front<>(NodeCache.get().splits);
    private final NodeCache.Probe probe = new NodeCache.Probe();

    CompoundSplitter(Lemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    /** The lemmas of the parts, modifiers first and head last; empty when the word is no compound. */
    List<String> split(String word) {
        return split(word.toCharArray(), word.length());
    }

    /** The same, for a term buffer (no copy when cached). */
    List<String> split(char[] buffer, int length) {
        // Short words and words with digits or punctuation are never split: answer before any cache or string.
        if (length < MIN_WORD || !letters(buffer, length)) {
            return List.of();
        }
        List<String> parts = shared.get(probe.set(buffer, length));
        if (parts == null) {
            parts = compute(new String(buffer, 0, length));
            shared.put(probe, parts);
        }
        return parts;
    }

    private List<String> compute(String word) {
        // Only nouns are split: an adjective or verb reading (belangrijke, verleden) means a derived word.
        for (DutchLexicon.Reading r : lemmatizer.readings(word)) {
            if (!r.noun()) {
                return List.of();
            }
        }
        // A name written in lower case (frankrijk, rusland): the capitalised word is the more frequent one.
        int own = lemmatizer.reader().frequency(word);
        int capitalised = lemmatizer.reader().frequency(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        if (capitalised > own) {
            return List.of();
        }
        Search s = new Search(word);
        Split best = s.from(0, MAX_PARTS);
        if (best == null) {
            return List.of();
        }
        // What Lemmatizer.frequency would give, from the two look-ups above.
        int wholeFrequency = own < 0 && Character.isLowerCase(word.charAt(0)) ? capitalised : own;
        if (wholeFrequency >= 0 && best.meanFrequency() < wholeFrequency) {
            return List.of();
        }
        return List.copyOf(best.lemmas()); // shared between threads through the node cache
    }

    private static boolean letters(char[] w, int length) {
        for (int i = 0; i < length; i++) {
            if (!Character.isLetter(w[i])) {
                return false;
            }
        }
        return true;
    }

    private record Split(List<String> lemmas, int frequencySum) {
        double meanFrequency() {
            return (double) frequencySum / lemmas.size();
        }

        boolean betterThan(Split o) {
            if (o == null) {
                return true;
            }
            if (lemmas.size() != o.lemmas.size()) {
                return lemmas.size() < o.lemmas.size();
            }
            return meanFrequency() > o.meanFrequency();
        }
    }

    private record Part(String lemma, int frequency) {}

    /** Depth-first over the tilings of one word, remembering what each substring is as a part. */
    private final class Search {
        private final String word;
        private final Map<String, Part> heads = new HashMap<>();
        private final Map<String, Part> modifiers = new HashMap<>();
        private final boolean[][] ends;

        Search(String word) {
            this.word = word;
            this.ends = new boolean[word.length()][];
        }

        /** Whether word[start, end) is a form in the lexicon (in lower case). */
        private boolean form(int start, int end) {
            if (ends[start] == null) {
                ends[start] = lemmatizer.reader().formEnds(word, start);
            }
            return ends[start][end];
        }

        Split from(int start, int partsLeft) {
            Split best = null;
            int n = word.length();
            if (start > 0 && form(start, n)) {
                Part head = part(word.substring(start), true);
                if (head != null) {
                    return new Split(List.of(head.lemma()), head.frequency());
                }
            }
            if (partsLeft < 2) {
                return null;
            }
            for (int end = start + MIN_PART; end <= n - MIN_PART; end++) {
                if (!form(start, end)) {
                    continue;
                }
                Part modifier = part(word.substring(start, end), false);
                if (modifier == null) {
                    continue;
                }
                for (String link : LINKS) {
                    int next = end + link.length();
                    if (next > n - MIN_PART || !word.startsWith(link, end)) {
                        continue;
                    }
                    Split rest = from(next, partsLeft - 1);
                    if (rest != null) {
                        List<String> lemmas = new ArrayList<>(rest.lemmas().size() + 1);
                        lemmas.add(modifier.lemma());
                        lemmas.addAll(rest.lemmas());
                        Split candidate = new Split(lemmas, rest.frequencySum() + modifier.frequency());
                        if (candidate.betterThan(best)) {
                            best = candidate;
                        }
                    }
                }
            }
            return best;
        }

        private Part part(String s, boolean head) {
            Map<String, Part> memo = head ? heads : modifiers;
            if (memo.containsKey(s)) {
                return memo.get(s);
            }
            Part p = head ? head(s) : modifier(s);
            memo.put(s, p);
            return p;
        }

        private Part head(String s) {
            DutchLexicon.Reading r = lemmatizer.best(s);
            if (r == null || !r.noun()) {
                return null;
            }
            return frequent(s, MIN_HEAD_FREQUENCY);
        }

        private Part modifier(String s) {
            if (PREFIXES.contains(s)) {
                return null;
            }
            List<DutchLexicon.Reading> readings = lemmatizer.readings(s);
            if (readings.isEmpty()) {
                return null;
            }
            if (readings.stream().noneMatch(r -> r.noun() || r.verb() || r.adjective())) {
                // Only a preposition or adverb (door, aan): a derived word (aanval), not a compound.
                return null;
            }
            return frequent(s, MIN_MODIFIER_FREQUENCY);
        }

        private Part frequent(String s, int min) {
            String lemma = lemmatizer.lemma(s);
            int f = Math.max(lemmatizer.frequency(s), lemmatizer.frequency(lemma));
            return f >= (s.length() <= MIN_PART ? Math.max(min, MIN_SHORT_FREQUENCY) : min) ? new Part(lemma, f) : null;
        }
    }
}
