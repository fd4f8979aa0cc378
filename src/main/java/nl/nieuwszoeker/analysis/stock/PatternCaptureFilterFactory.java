package nl.nieuwszoeker.analysis.stock;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/** Stock {@code pattern_capture}: emits every capture group of the patterns; needed by the node's .security index. */
final class PatternCaptureFilterFactory extends AbstractTokenFilterFactory {

    private final Pattern[] patterns;
    private final boolean preserveOriginal;

    PatternCaptureFilterFactory(String name, Settings settings) {
        super(name, settings);
        FilterParameters.check("pattern_capture", name, settings, Set.of("patterns", "preserve_original"));
        List<String> regexes = settings.getAsList("patterns");
        if (regexes.isEmpty()) {
            throw new IllegalArgumentException("required setting 'patterns' is missing for token filter [" + name + "]");
        }
        this.patterns = regexes.stream().map(Pattern::compile).toArray(Pattern[]::new);
        this.preserveOriginal = settings.getAsBoolean("preserve_original", true);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new PatternCaptureGroupTokenFilter(tokenStream, preserveOriginal, patterns);
    }
}
