package nl.nieuwszoeker.analysis.stock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;

/**
 * Stock {@code stemmer_override}: {@code rules} (or {@code rules_path}) of the form {@code a, b => c}.
 * Overridden tokens are marked as keywords, so a stemmer later in the chain leaves them alone.
 */
final class StemmerOverrideFilterFactory extends AbstractTokenFilterFactory {

    private final StemmerOverrideMap overrides;

    StemmerOverrideFilterFactory(Environment env, String name, Settings settings) {
        super(name, settings);
        FilterParameters.check("stemmer_override", name, settings, Set.of("rules", "rules_path"));
        List<String> rules = Analysis.getWordList(env, settings, "rules");
        if (rules == null) {
            throw new IllegalArgumentException(
                    "stemmer override filter requires either `rules` or `rules_path` to be configured");
        }
        this.overrides = build(rules);
    }

    static StemmerOverrideMap build(List<String> rules) {
        var builder = new StemmerOverrideFilter.Builder(false);
        for (String rule : rules) {
            String[] sides = rule.split("=>", -1);
            if (sides.length != 2 || sides[1].trim().isEmpty()) {
                throw new IllegalArgumentException("Invalid Keyword override Rule:" + rule);
            }
            String stem = sides[1].trim();
            for (String word : sides[0].split(",")) {
                if (word.trim().isEmpty()) {
                    throw new IllegalArgumentException("Invalid Keyword override Rule:" + rule);
                }
                builder.add(word.trim(), stem);
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new StemmerOverrideFilter(tokenStream, overrides);
    }
}
