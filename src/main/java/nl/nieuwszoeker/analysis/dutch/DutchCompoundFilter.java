package nl.nieuwszoeker.analysis.dutch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds the lemmas of a compound's parts (luchtaanvallen: lucht, aanval). In the index form the compound is kept and
 * its parts follow at its position, with its offsets, so a part finds the compound and highlighting marks the
 * compound. In the parts-only form (for queries) a compound becomes its parts at successive positions and any other
 * word disappears: a query can then ask for all parts of a typed compound together.
 */
public final class DutchCompoundFilter extends TokenFilter {

    public static final String PART_TYPE = "<COMPOUND_PART>";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final CompoundSplitter splitter;
    private final boolean onlyParts;
    private final Deque<String> pending = new ArrayDeque<>();
    private final TokenShape compound = new TokenShape(this);
    private int skippedPositions;

    public DutchCompoundFilter(TokenStream in, boolean onlyParts) {
        this(in, new CompoundSplitter(new Lemmatizer(DutchLexicon.get().reader(), true, false)), onlyParts);
    }

    DutchCompoundFilter(TokenStream in, CompoundSplitter splitter, boolean onlyParts) {
        super(in);
        this.splitter = splitter;
        this.onlyParts = onlyParts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            compound.restore();
            term.setEmpty().append(pending.poll());
            type.setType(PART_TYPE);
            keyword.setKeyword(false);
            length.setPositionLength(1);
            position.setPositionIncrement(onlyParts ? 1 : 0);
            return true;
        }
        while (input.incrementToken()) {
            List<String> parts = keyword.isKeyword() ? List.of() : splitter.split(term.buffer(), term.length());
            if (!onlyParts) {
                if (!parts.isEmpty()) {
                    compound.save();
                    pending.addAll(parts);
                }
                return true;
            }
            if (parts.isEmpty()) {
                skippedPositions += position.getPositionIncrement();
                continue;
            }
            term.setEmpty().append(parts.get(0));
            type.setType(PART_TYPE);
            position.setPositionIncrement(position.getPositionIncrement() + skippedPositions);
            skippedPositions = 0;
            compound.save();
            pending.addAll(parts.subList(1, parts.size()));
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        skippedPositions = 0;
    }
}
