package nl.nieuwszoeker.analysis.dutch;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The offsets, type, flags and position length of a token, kept so the filters can emit more terms for it (lemmas,
 * compound parts). Each extra term sets its own text, keyword flag and position increment. Cheaper than capturing
 * the whole attribute state, which copies the term buffer for every compound and ambiguous word.
 */
final class TokenShape {

    private final OffsetAttribute offset;
    private final TypeAttribute type;
    private final FlagsAttribute flags;
    private final PositionLengthAttribute length;
    private int start;
    private int end;
    private String savedType;
    private int savedFlags;
    private int savedLength;

    TokenShape(TokenStream stream) {
        this.offset = stream.addAttribute(OffsetAttribute.class);
        this.type = stream.addAttribute(TypeAttribute.class);
        this.flags = stream.addAttribute(FlagsAttribute.class);
        this.length = stream.addAttribute(PositionLengthAttribute.class);
    }

    void save() {
        start = offset.startOffset();
        end = offset.endOffset();
        savedType = type.type();
        savedFlags = flags.getFlags();
        savedLength = length.getPositionLength();
    }

    void restore() {
        offset.setOffset(start, end);
        type.setType(savedType);
        flags.setFlags(savedFlags);
        length.setPositionLength(savedLength);
    }
}
