package nl.nieuwszoeker.analysis.dutch;

import java.util.Arrays;
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

    final Bounded<String, List<DutchLexicon.Reading>> readings = new Bounded<>();
    final Bounded<String, Integer> frequencies = new Bounded<>();
    /** Chosen lemma of a lower-cased form; the empty string when the lexicon does not know it. */
    final Bounded<String, String> lemmas = new Bounded<>();
    final Words<List<String>> splits = new Words<>();
    /** Lemma filter results, one map per combination of its two settings. */
    private final Words<?>[] results = {new Words<>(), new Words<>(), new Words<>(), new Words<>()};

    private NodeCache() {}

    static NodeCache get() {
        return Holder.CACHE;
    }

    private static final class Holder {
        static final NodeCache CACHE = new NodeCache();
    }

    @SuppressWarnings("unchecked")
    Words<Lemmatizer.Result> results(boolean stemLemmas, boolean otherLemmas) {
        return (Words<Lemmatizer.Result>) results[(stemLemmas ? 2 : 0) + (otherLemmas ? 1 : 0)];
    }

    /** Empties every map, so a measurement can see the cost of words the node has not seen yet. */
    void clear() {
        readings.clear();
        frequencies.clear();
        lemmas.clear();
        splits.clear();
        for (Words<?> b : results) {
            b.clear();
        }
    }

    /** A concurrent map that starts over at {@link #LIMIT} entries (cheaper than LRU bookkeeping on every hit). */
    static final class Bounded<K, V> {
        private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>(1024);

        V get(K key) {
            return map.get(key);
        }

        void put(K key, V value) {
            if (map.size() >= LIMIT) {
                map.clear();
            }
            map.put(key, value);
        }

        void clear() {
            map.clear();
        }
    }

    /**
     * What the filters look up for every token, keyed by the token's characters: a filter asks with its term buffer
     * through a {@link Probe}, so a word seen before costs a hash of its characters and no new string.
     */
    static final class Words<V> {
        private final Bounded<Probe, Entry<V>> map = new Bounded<>();

        Entry<V> get(Probe probe) {
            return map.get(probe);
        }

        Entry<V> put(Probe probe, V value) {
            Entry<V> e = new Entry<>(probe.copy(), value);
            map.put(e.key(), e);
            return e;
        }

        void clear() {
            map.clear();
        }
    }

    record Entry<V>(Probe key, V value) {}

    /**
     * A filter's own small direct-mapped table in front of the node-wide map. The frequent words of a text (the
     * head of its Zipf curve) stay in it, so most tokens never reach the large shared map, whose look-ups miss the
     * processor's caches. One per filter instance; not thread-safe.
     */
    static final class Front<V> {
        private static final int SLOTS = 16384;
        private final Words<V> shared;
        @SuppressWarnings("unchecked")
        private final Entry<V>[] slots = (Entry<V>[]) new Entry<?>[SLOTS];

        Front(Words<V> shared) {
            this.shared = shared;
        }

        /** The value for the probed word, or null when no filter on the node has seen it yet. */
        V get(Probe probe) {
            int i = slot(probe);
            Entry<V> e = slots[i];
            if (e == null || !probe.equals(e.key())) {
                e = shared.get(probe);
                if (e == null) {
                    return null;
                }
                slots[i] = e;
            }
            return e.value();
        }

        void put(Probe probe, V value) {
            slots[slot(probe)] = shared.put(probe, value);
        }

        private static int slot(Probe probe) {
            int h = probe.hashCode();
            return (h ^ (h >>> 16)) & (SLOTS - 1);
        }
    }

    /**
     * A word as characters with its hash. A filter keeps one and points it at its term buffer for each look-up
     * (not thread-safe); the map stores copies, so equality is the same both ways.
     */
    static final class Probe {
        private char[] chars;
        private int length;
        private int hash;

        Probe set(char[] buffer, int length) {
            this.chars = buffer;
            this.length = length;
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + buffer[i];
            }
            this.hash = h;
            return this;
        }

        Probe copy() {
            Probe c = new Probe();
            c.chars = Arrays.copyOf(chars, length);
            c.length = length;
            c.hash = hash;
            return c;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Probe p && p.hash == hash
                    && Arrays.equals(chars, 0, length, p.chars, 0, p.length);
        }
    }
}
