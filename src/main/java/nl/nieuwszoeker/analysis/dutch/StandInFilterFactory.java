package nl.nieuwszoeker.analysis.dutch;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Temporary: lets the stable plugin zip be built and installed before the lexicon filters exist. */
@NamedComponent("dutch_standin")
public final class StandInFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return tokenStream;
    }
}
