package nl.nieuwszoeker.analysis.stock;

import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;

/** Stock {@code keyword_marker}: protects the listed words (or a pattern) from the stemmers after it. */
final class KeywordMarkerFilterFactory extends AbstractTokenFilterFactory {

    private final CharArraySet keywords;
    private final Pattern pattern;

    KeywordMarkerFilterFactory(Environment env, String name, Settings settings) {
        super(name, settings);
        FilterParameters.check("keyword_marker", name, settings,
                Set.of("keywords", "keywords_path", "keywords_pattern", "ignore_case"));
        boolean ignoreCase = settings.getAsBoolean("ignore_case", false);
        String patternText = settings.get("keywords_pattern");
        var words = Analysis.getWordSet(env, settings, "keywords");
        if (patternText != null && words != null) {
            throw new IllegalArgumentException("cannot specify both `keywords_pattern` and `keywords` or `keywords_path`");
        }
        if (patternText == null && words == null) {
            throw new IllegalArgumentException("keyword filter requires either `keywords`, `keywords_path`, "
                    + "or `keywords_pattern` to be configured");
        }
        this.pattern = patternText == null ? null : Pattern.compile(patternText);
        this.keywords = words == null ? null : new CharArraySet(words, ignoreCase);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return pattern != null
                ? new PatternKeywordMarkerFilter(tokenStream, pattern)
                : new SetKeywordMarkerFilter(tokenStream, keywords);
    }
}
