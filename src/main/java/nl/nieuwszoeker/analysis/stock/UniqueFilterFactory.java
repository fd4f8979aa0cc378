package nl.nieuwszoeker.analysis.stock;

import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/** Stock {@code unique}: keeps the first occurrence of each term; needed by the node's .security index. */
final class UniqueFilterFactory extends AbstractTokenFilterFactory {

    private final boolean onlyOnSamePosition;

    UniqueFilterFactory(String name, Settings settings) {
        super(name, settings);
        FilterParameters.check("unique", name, settings, Set.of("only_on_same_position"));
        this.onlyOnSamePosition = settings.getAsBoolean("only_on_same_position", false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return onlyOnSamePosition ? new RemoveDuplicatesTokenFilter(tokenStream) : new FirstOccurrence(tokenStream);
    }

    private static final class FirstOccurrence extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final CharArraySet seen = new CharArraySet(16, false);

        FirstOccurrence(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            if (seen.contains(term.buffer(), 0, term.length())) {
                return false;
            }
            seen.add(term.toString());
            return true;
        }

        @Override
        public void reset() throws java.io.IOException {
            super.reset();
            seen.clear();
        }
    }
}
