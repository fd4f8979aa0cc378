package nl.nieuwszoeker.analysis.dutch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each lower-cased token by its lemma from the lexicon (dagen to dag, zei to zeggen, grootste to groot,
 * bommetje to bom). A known word leaves as a keyword: its lemma as it is when lemmas are not to be stemmed, otherwise
 * the folded lemma's Snowball stem (or the folded lemma, where that stem would merge it with another word), which is
 * what folding and Snowball after this filter would make of it. Unknown tokens pass unchanged and unmarked, so the
 * folding filter and stemmer after it handle them.
 */
public final class DutchLemmaFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Lemmatizer lemmatizer;
    private final TokenShape shape = new TokenShape(this);
    private final Deque<Lemmatizer.Term> pending = new ArrayDeque<>();

    public DutchLemmaFilter(TokenStream in, boolean stemLemmas, boolean otherLemmas) {
        this(in, new Lemmatizer(DutchLexicon.get().reader(), stemLemmas, otherLemmas));
    }

    DutchLemmaFilter(TokenStream in, Lemmatizer lemmatizer) {
        super(in);
        this.lemmatizer = lemmatizer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            shape.restore();
            Lemmatizer.Term t = pending.poll();
            term.setEmpty().append(t.text());
            keyword.setKeyword(t.keepAsIs());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        Lemmatizer.Result r = lemmatizer.analyse(term.buffer(), term.length());
        if (r.known()) {
            Lemmatizer.Term first = r.terms().get(0);
            term.setEmpty().append(first.text());
            keyword.setKeyword(first.keepAsIs());
            if (r.terms().size() > 1) {
                shape.save();
                pending.addAll(r.terms().subList(1, r.terms().size()));
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }
}
