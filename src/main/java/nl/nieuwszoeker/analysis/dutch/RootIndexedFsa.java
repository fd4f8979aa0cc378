package nl.nieuwszoeker.analysis.dutch;

import java.util.Set;
import morfologik.fsa.FSA;
import morfologik.fsa.FSAFlags;

/**
 * An automaton that finds the root's arcs in a table and asks the wrapped one for everything else. The compressed
 * format reads a node's arcs one by one to find a label, and every dictionary look-up starts at the root, which has
 * the most arcs; morfologik's {@code DictionaryLookup} walks whatever automaton its dictionary holds.
 */
final class RootIndexedFsa extends FSA {

    private final FSA fsa;
    private final int root;
    private final int[] rootArcs = new int[256];

    RootIndexedFsa(FSA fsa) {
        this.fsa = fsa;
        this.root = fsa.getRootNode();
        for (int arc = fsa.getFirstArc(root); arc != 0; arc = fsa.getNextArc(arc)) {
            rootArcs[fsa.getArcLabel(arc) & 0xff] = arc;
        }
    }

    @Override
    public int getArc(int node, byte label) {
        return node == root ? rootArcs[label & 0xff] : fsa.getArc(node, label);
    }

    @Override
    public int getRootNode() {
        return root;
    }

    @Override
    public int getFirstArc(int node) {
        return fsa.getFirstArc(node);
    }

    @Override
    public int getNextArc(int arc) {
        return fsa.getNextArc(arc);
    }

    @Override
    public byte getArcLabel(int arc) {
        return fsa.getArcLabel(arc);
    }

    @Override
    public boolean isArcFinal(int arc) {
        return fsa.isArcFinal(arc);
    }

    @Override
    public boolean isArcTerminal(int arc) {
        return fsa.isArcTerminal(arc);
    }

    @Override
    public int getEndNode(int arc) {
        return fsa.getEndNode(arc);
    }

    @Override
    public Set<FSAFlags> getFlags() {
        return fsa.getFlags();
    }

    @Override
    public int getArcCount(int node) {
        return fsa.getArcCount(node);
    }

    @Override
    public int getRightLanguageCount(int node) {
        return fsa.getRightLanguageCount(node);
    }
}
