package nl.nieuwszoeker.analysis.stock;

import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/** Stock {@code asciifolding}: folds diacritics (Syrië to syrie); {@code preserve_original} keeps the original too. */
final class AsciiFoldingFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

    private final boolean preserveOriginal;

    AsciiFoldingFilterFactory(String name, Settings settings) {
        super(name, settings);
        FilterParameters.check("asciifolding", name, settings, Set.of("preserve_original"));
        this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        // Normalizers must not add tokens, so the original is never preserved here, as in stock.
        return new ASCIIFoldingFilter(tokenStream, false);
    }
}
