package nl.nieuwszoeker.analysis.stock;

import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Supplies, for the minimal Elasticsearch distribution only, the analysis-common components that
 * mappings/articles.json uses, plus the three the node's own .security index needs once security is on
 * (pattern_capture, unique, uax_url_email), under their stock names and with their stock parameters.
 * A stock node already has these names and must never load this plugin.
 */
public class StockAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "asciifolding", (index, env, name, settings) -> new AsciiFoldingFilterFactory(name, settings),
                // Bare "stemmer" means English Porter in stock, which this plugin lacks, so it needs explicit settings.
                "stemmer", AnalysisPlugin.requiresAnalysisSettings(
                        (index, env, name, settings) -> new StemmerFilterFactory(name, settings)),
                "pattern_capture", AnalysisPlugin.requiresAnalysisSettings(
                        (index, env, name, settings) -> new PatternCaptureFilterFactory(name, settings)),
                "unique", (index, env, name, settings) -> new UniqueFilterFactory(name, settings),
                "remove_duplicates", (index, env, name, settings) ->
                        new ParameterlessFilterFactory("remove_duplicates", name, settings, RemoveDuplicatesTokenFilter::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("uax_url_email", (index, env, name, settings) -> new UrlEmailTokenizerFactory(index, name, settings));
    }
}
