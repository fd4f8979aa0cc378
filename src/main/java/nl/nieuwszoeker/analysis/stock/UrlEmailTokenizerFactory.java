package nl.nieuwszoeker.analysis.stock;

import java.util.Set;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

/** Stock {@code uax_url_email} tokenizer; needed by the node's .security index. */
final class UrlEmailTokenizerFactory extends AbstractTokenizerFactory {

    private final int maxTokenLength;

    UrlEmailTokenizerFactory(IndexSettings index, String name, Settings settings) {
        super(index, settings, name);
        FilterParameters.check("uax_url_email", name, settings, Set.of("max_token_length"));
        this.maxTokenLength = settings.getAsInt("max_token_length", StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH);
    }

    @Override
    public Tokenizer create() {
        var tokenizer = new UAX29URLEmailTokenizer();
        tokenizer.setMaxTokenLength(maxTokenLength);
        return tokenizer;
    }
}
