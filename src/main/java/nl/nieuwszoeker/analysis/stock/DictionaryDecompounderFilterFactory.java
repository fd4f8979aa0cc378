package nl.nieuwszoeker.analysis.stock;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;

/**
 * Stock {@code dictionary_decompounder}: adds the dictionary words found inside a token as extra tokens
 * at the token's position; the token itself stays.
 */
final class DictionaryDecompounderFilterFactory extends AbstractTokenFilterFactory {

    private final CharArraySet words;
    private final int minWordSize;
    private final int minSubwordSize;
    private final int maxSubwordSize;
    private final boolean onlyLongestMatch;

    DictionaryDecompounderFilterFactory(Environment env, String name, Settings settings) {
        super(name, settings);
        FilterParameters.check("dictionary_decompounder", name, settings, Set.of("word_list", "word_list_path",
                "min_word_size", "min_subword_size", "max_subword_size", "only_longest_match"));
        List<String> list = Analysis.getWordList(env, settings, "word_list");
        if (list == null) {
            throw new IllegalArgumentException("word_list must be provided for [" + name + "], either as a path to a"
                    + " file, or directly");
        }
        this.words = new CharArraySet(list, false);
        this.minWordSize = settings.getAsInt("min_word_size", CompoundWordTokenFilterBase.DEFAULT_MIN_WORD_SIZE);
        this.minSubwordSize = settings.getAsInt("min_subword_size", CompoundWordTokenFilterBase.DEFAULT_MIN_SUBWORD_SIZE);
        this.maxSubwordSize = settings.getAsInt("max_subword_size", CompoundWordTokenFilterBase.DEFAULT_MAX_SUBWORD_SIZE);
        this.onlyLongestMatch = settings.getAsBoolean("only_longest_match", false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new DictionaryCompoundWordTokenFilter(tokenStream, words, minWordSize, minSubwordSize, maxSubwordSize,
                onlyLongestMatch);
    }
}
