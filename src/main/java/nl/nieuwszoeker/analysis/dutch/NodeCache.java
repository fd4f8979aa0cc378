package nl.nieuwszoeker.analysis.dutch;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the lexicon says about word forms, shared by every filter instance, analyzer and thread of a node. News text
 * repeats its words, and each new word costs several automaton walks (its readings, the frequency of each lemma,
 * the lemma's own readings, and for the compound splitter every part): with one cache per node a word is analysed
 * once, not once per thread and filter. Everything cached is a pure function of the lexicon, so sharing changes no
 * output. Static because Elasticsearch makes filter factories per index; the cache belongs to the node-wide lexicon.
 */
final class NodeCache {

    /** Entries per map; at the limit a map starts over, which bounds the heap (tens of MB at most). */
    static final int LIMIT = 100_000;

    final Bounded<List<DutchLexicon.Reading>> readings = new Bounded<>();
    final Bounded<Integer> frequencies = new Bounded<>();
    /** Chosen lemma of a lower-cased form; the empty string when the lexicon does not know it. */
    final Bounded<String> lemmas = new Bounded<>();
    final Bounded<List<String>> splits = new Bounded<>();
    /** Lemma filter results, one map per combination of its two settings. */
    private final Bounded<?>[] results = {new Bounded<>(), new Bounded<>(), new Bounded<>(), new Bounded<>()};

    private NodeCache() {}

    static NodeCache get() {
        return Holder.CACHE;
    }

    private static final class Holder {
        static final NodeCache CACHE = new NodeCache();
    }

    @SuppressWarnings("unchecked")
    Bounded<Lemmatizer.Result> results(boolean stemLemmas, boolean otherLemmas) {
        return (Bounded<Lemmatizer.Result>) results[(stemLemmas ? 2 : 0) + (otherLemmas ? 1 : 0)];
    }

    /** Empties every map, so a measurement can see the cost of words the node has not seen yet. */
    void clear() {
        readings.clear();
        frequencies.clear();
        lemmas.clear();
        splits.clear();
        for (Bounded<?> b : results) {
            b.clear();
        }
    }

    /** A concurrent map that starts over at {@link #LIMIT} entries (cheaper than LRU bookkeeping on every hit). */
    static final class Bounded<V> {
        private final ConcurrentHashMap<String, V> map = new ConcurrentHashMap<>(1024);

        V get(String key) {
            return map.get(key);
        }

        void put(String key, V value) {
            if (map.size() >= LIMIT) {
                map.clear();
            }
            map.put(key, value);
        }

        void clear() {
            map.clear();
        }
    }
}
