package nl.nieuwszoeker.analysis.dutch;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/** Token filter {@code dutch_compound}: adds the lemmatised parts of Dutch compounds, split with the lexicon. */
@NamedComponent("dutch_compound")
public final class DutchCompoundFilterFactory implements TokenFilterFactory {

    /** Settings of the filter in the index's analysis settings. */
    @AnalysisSettings
    public interface Settings {
        /** For queries: replace a compound by its parts and drop every other word (default: keep all, add parts). */
        @BooleanSetting(path = "only_parts", defaultValue = false)
        boolean onlyParts();
    }

    private final boolean onlyParts;

    @Inject
    public DutchCompoundFilterFactory(Settings settings) {
        this.onlyParts = settings.onlyParts();
    }

    @Override
    public TokenStream create(TokenStream in) {
        return new DutchCompoundFilter(in, onlyParts);
    }
}
