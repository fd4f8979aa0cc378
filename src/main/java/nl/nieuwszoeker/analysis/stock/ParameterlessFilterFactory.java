package nl.nieuwszoeker.analysis.stock;

import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/** Stock filters without parameters, such as {@code keyword_repeat} and {@code remove_duplicates}. */
final class ParameterlessFilterFactory extends AbstractTokenFilterFactory {

    private final UnaryOperator<TokenStream> filter;

    ParameterlessFilterFactory(String type, String name, Settings settings, UnaryOperator<TokenStream> filter) {
        super(name, settings);
        FilterParameters.check(type, name, settings, Set.of());
        this.filter = filter;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return filter.apply(tokenStream);
    }
}
