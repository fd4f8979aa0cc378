package nl.nieuwszoeker.analysis.dutch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The TaalTik Dutch lexicon of LanguageTool ({@code org.languagetool:dutch-pos-dict}): word form to lemma and
 * tag, and the speller's frequency class per word. Both automata stay compressed in memory (about 32 MB of heap
 * together) and are read once per node, on first use, however many indices and analyzers use them.
 */
public final class DutchLexicon {

    private static final String BASE = "/org/languagetool/resource/nl/";

    private final Dictionary forms;
    /** The same dictionary over an automaton that finds the root's arcs in a table (see RootIndexedFsa). */
    private final Dictionary indexedForms;
    private final FSA frequencies;
    private final byte separator;
    /**
     * The root's arc per first byte, for both automata. The compressed automaton finds an arc by reading a node's
     * arcs one by one, and the root has the most; every walk of the splitter and the speller starts there.
     */
    private final int[] formRoot;
    private final int[] frequencyRoot;

    private DutchLexicon(Dictionary forms, Dictionary speller) {
        this.forms = forms;
        this.indexedForms = new Dictionary(new RootIndexedFsa(forms.fsa), forms.metadata);
        this.frequencies = speller.fsa;
        this.separator = (byte) speller.metadata.getSeparator();
        this.formRoot = rootArcs(forms.fsa);
        this.frequencyRoot = rootArcs(frequencies);
    }

    private static int[] rootArcs(FSA fsa) {
        int[] arcs = new int[256];
        int root = fsa.getRootNode();
        for (int arc = fsa.getFirstArc(root); arc != 0; arc = fsa.getNextArc(arc)) {
            arcs[fsa.getArcLabel(arc) & 0xff] = arc;
        }
        return arcs;
    }

    /** The node-wide lexicon, loaded on first use. */
    public static DutchLexicon get() {
        return Holder.LEXICON;
    }

    private static final class Holder {
        static final DutchLexicon LEXICON = load();
    }

    private static DutchLexicon load() {
        try {
            return new DutchLexicon(read("dutch.dict"), read("spelling/nl_NL.dict"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Dutch lexicon (org.languagetool:dutch-pos-dict)", e);
        }
    }

    private static Dictionary read(String name) throws IOException {
        URL url = DutchLexicon.class.getResource(BASE + name);
        if (url == null) {
            throw new IOException(BASE + name + " is not on the classpath");
        }
        return Dictionary.read(url);
    }

    /**
     * Forgets every word the filters have analysed on this node (the lexicon itself stays loaded), so that a
     * measurement can see what words the node has not met yet cost.
     */
    public void forgetAnalyses() {
        NodeCache.get().clear();
    }

    /** A reader over the lexicon. Not thread-safe: each token filter instance takes its own. */
    public Reader reader() {
        return new Reader();
    }

    /** One analysis of a word form: its lemma and TaalTik tag (ZNW noun, WKW verb, BNW adjective, ...). */
    public record Reading(String lemma, String tag) {
        boolean noun() {
            return tag.startsWith("ZNW");
        }

        boolean verb() {
            return tag.startsWith("WKW");
        }

        boolean adjective() {
            return tag.startsWith("BNW");
        }

        boolean name() {
            return tag.startsWith("ENM");
        }
    }

    public final class Reader {
        private final DictionaryLookup lookup = new DictionaryLookup(indexedForms);
        private final FSATraversal traversal = new FSATraversal(frequencies);
        private final MatchResult match = new MatchResult();

        private Reader() {}

        /** Every reading of the form exactly as written (case and diacritics matter). */
        public List<Reading> readings(String form) {
            List<WordData> found = lookup.lookup(form);
            List<Reading> out = new ArrayList<>(found.size());
            for (WordData w : found) {
                // WordData objects are reused by the next lookup, so copy them out now.
                out.add(new Reading(w.getStem().toString(), w.getTag().toString()));
            }
            return out;
        }

        /**
         * Where forms that start at {@code start} end: {@code result[end]} is true when word[start, end) is a form
         * the lexicon lists in this case. One walk through the automaton, so a compound splitter need not look up
         * every substring.
         */
        public boolean[] formEnds(String word, int start) {
            boolean[] ends = new boolean[word.length() + 1];
            FSA fsa = forms.fsa;
            byte sep = (byte) forms.metadata.getSeparator();
            int root = fsa.getRootNode();
            int node = root;
            for (int i = start; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c < 0x80) {
                    node = step(fsa, node, (byte) c, root);
                } else {
                    for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                        node = node < 0 ? node : step(fsa, node, b, root);
                    }
                }
                if (node < 0) {
                    break;
                }
                ends[i + 1] = fsa.getArc(node, sep) != 0;
            }
            return ends;
        }

        private int step(FSA fsa, int node, byte b, int root) {
            int arc = node == root ? formRoot[b & 0xff] : fsa.getArc(node, b);
            return arc == 0 || fsa.isArcTerminal(arc) ? -1 : fsa.getEndNode(arc);
        }

        /** The speller's frequency class, 0 (rare, A) to 25 (frequent, Z); -1 when the speller lacks the word. */
        public int frequency(String word) {
            byte[] key = (word + (char) separator).getBytes(StandardCharsets.UTF_8);
            int first = frequencyRoot[key[0] & 0xff];
            if (key.length < 2) {
                traversal.match(match, key, 0, key.length, frequencies.getRootNode());
            } else if (first == 0 || frequencies.isArcTerminal(first)) {
                return -1; // what the walk from the root gives: no match, or a shorter entry
            } else {
                traversal.match(match, key, 1, key.length - 1, frequencies.getEndNode(first));
            }
            if (match.kind != MatchResult.SEQUENCE_IS_A_PREFIX) {
                return -1;
            }
            int best = -1;
            for (int arc = frequencies.getFirstArc(match.node); arc != 0; arc = frequencies.getNextArc(arc)) {
                best = Math.max(best, frequencies.getArcLabel(arc) - 'A');
            }
            return best;
        }
    }
}
