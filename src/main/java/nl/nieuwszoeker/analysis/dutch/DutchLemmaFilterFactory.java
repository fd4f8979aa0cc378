package nl.nieuwszoeker.analysis.dutch;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/** Token filter {@code dutch_lemma}: each lower-cased token to its lemma in the TaalTik lexicon. */
@NamedComponent("dutch_lemma")
public final class DutchLemmaFilterFactory implements TokenFilterFactory {

    /** Settings of the filter in the index's analysis settings. */
    @AnalysisSettings
    public interface Settings {
        /**
         * Whether lemmas are stemmed like unknown words (true: the filter emits the folded lemma's Snowball Dutch
         * stem, so a lemma and an unknown form of the same word meet more often; a lemma whose stem is another word
         * is kept as it is). Either way known words leave marked as keywords, so a Snowball stemmer after this filter
         * only stems the unknown ones.
         */
        @BooleanSetting(path = "stem_lemmas", defaultValue = true)
        boolean stemLemmas();

        /**
         * Whether a form that is also a verb or adjective form gets that lemma too, at the same position
         * (staat: staat and staan; centrale: centrale and centraal), so all forms of a verb or adjective meet.
         */
        @BooleanSetting(path = "other_lemmas", defaultValue = true)
        boolean otherLemmas();
    }

    private final boolean stemLemmas;
    private final boolean otherLemmas;

    @Inject
    public DutchLemmaFilterFactory(Settings settings) {
        this.stemLemmas = settings.stemLemmas();
        this.otherLemmas = settings.otherLemmas();
    }

    @Override
    public TokenStream create(TokenStream in) {
        return new DutchLemmaFilter(in, stemLemmas, otherLemmas);
    }
}
