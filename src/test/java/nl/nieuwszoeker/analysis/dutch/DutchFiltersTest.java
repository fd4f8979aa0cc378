package nl.nieuwszoeker.analysis.dutch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.DutchStemmer;

/** Token mechanics of the two filters: positions, offsets, types and keyword marks. */
class DutchFiltersTest {

    /** term/positionIncrement/start-end/type, plus "!" when marked as keyword. */
    private static List<String> run(String text, Function<TokenStream, TokenStream> filter) throws IOException {
        WhitespaceTokenizer source = new WhitespaceTokenizer();
        source.setReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        try (TokenStream ts = filter.apply(source)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + pos.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset()
                        + "/" + type.type() + (keyword.isKeyword() ? "!" : ""));
            }
            ts.end();
        }
        return out;
    }

    @Test
    void partsFollowTheCompoundAtItsPositionWithItsOffsets() throws IOException {
        assertEquals(List.of("de/1/0-2/word", "vluchtelingenkampen/1/3-22/word",
                        "vluchteling/0/3-22/<COMPOUND_PART>", "kamp/0/3-22/<COMPOUND_PART>", "bleven/1/23-29/word"),
                run("de vluchtelingenkampen bleven", in -> new DutchCompoundFilter(in, false)));
    }

    @Test
    void onlyPartsTurnsACompoundIntoItsPartsAndDropsOtherWords() throws IOException {
        assertEquals(List.of("wereld/2/4-16/<COMPOUND_PART>", "oorlog/1/4-16/<COMPOUND_PART>"),
                run("die wereldoorlog", in -> new DutchCompoundFilter(in, true)));
        assertEquals(List.of(), run("oorlog door", in -> new DutchCompoundFilter(in, true)));
    }

    @Test
    void lemmasReplaceFormsAndOtherReadingsStackAtTheSamePosition() throws IOException {
        assertEquals(List.of("dag/1/0-5/word!", "dagen/0/0-5/word!", "zeggen/1/6-9/word!", "staat/1/10-15/word!",
                        "staan/0/10-15/word!"),
                run("dagen zei staat", in -> new DutchLemmaFilter(in, false, true)));
    }

    @Test
    void withStemmingKnownWordsLeaveAsTheStemOfTheirLemmaUnlessThatIsAnotherWord() throws IOException {
        // zeggen stems to zegg; dagen (the verb) and staat, staan stem to other words (dag, stat, stan), so they
        // stay whole. Every known word is a keyword, so a stemmer after the filter only sees xyzzy.
        assertEquals(List.of("dag/1/0-5/word!", "dagen/0/0-5/word!", "zegg/1/6-9/word!", "staat/1/10-15/word!",
                        "staan/0/10-15/word!", "xyzzy/1/16-21/word"),
                run("dagen zei staat xyzzy", in -> new DutchLemmaFilter(in, true, true)));
        assertEquals(List.of("boom/1/0-4/word!", "bom/1/5-8/word!"),
                run("boom bom", in -> new DutchLemmaFilter(in, true, false)));
    }

    @Test
    void withStemmingTheTermIsWhatFoldingAndSnowballMakeOfTheLemma() throws IOException {
        String text = "cafés geëvacueerd zei luchtaanvallen";
        List<String> stemmed = new ArrayList<>();
        for (String lemma : run(text, in -> new DutchLemmaFilter(in, false, false))) {
            String word = lemma.substring(0, lemma.indexOf('/'));
            char[] folded = new char[4 * word.length()];
            int n = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, folded, 0, word.length());
            DutchStemmer snowball = new DutchStemmer();
            snowball.setCurrent(new String(folded, 0, n));
            snowball.stem();
            stemmed.add(snowball.getCurrent());
        }
        assertEquals(List.of("caf", "evacuer", "zegg", "luchtaanval"), stemmed);
        assertEquals(stemmed, run(text, in -> new DutchLemmaFilter(in, true, false)).stream()
                .map(t -> t.substring(0, t.indexOf('/'))).toList());
    }

    @Test
    void namesAreFoundWithTheirCapitalAndDiacritics() throws IOException {
        assertEquals(List.of("syrië/1/0-5/word!"), run("syrië", in -> new DutchLemmaFilter(in, false, false)));
        assertEquals(List.of("syrie/1/0-5/word!"), run("syrië", in -> new DutchLemmaFilter(in, true, false)));
    }
}
