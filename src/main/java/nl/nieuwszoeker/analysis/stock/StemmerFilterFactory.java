package nl.nieuwszoeker.analysis.stock;

import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Stock {@code stemmer} with {@code language} (or {@code name}) {@code dutch}: the Snowball Dutch stemmer.
 * Other languages exist in stock Elasticsearch but not here, and say so instead of silently not stemming.
 */
final class StemmerFilterFactory extends AbstractTokenFilterFactory {

    StemmerFilterFactory(String name, Settings settings) {
        super(name, settings);
        FilterParameters.check("stemmer", name, settings, Set.of("language", "name"));
        String language = settings.get("language", settings.get("name", "porter"));
        if (!language.toLowerCase(Locale.ROOT).equals("dutch")) {
            throw new IllegalArgumentException("token filter [" + name + "]: stemmer language [" + language
                    + "] is not provided by the nieuwszoeker analysis plugin of the embedded node; only [dutch] is."
                    + " A stock Elasticsearch node has every language.");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new SnowballFilter(tokenStream, new DutchStemmer());
    }
}
