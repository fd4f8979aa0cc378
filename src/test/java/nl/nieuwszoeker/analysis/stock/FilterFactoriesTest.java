package nl.nieuwszoeker.analysis.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;

/** The plugin's factories on their own, with Lucene token streams. */
class FilterFactoriesTest {

    private static List<String> run(String text, java.util.function.UnaryOperator<TokenStream> chain) throws IOException {
        var tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        try (TokenStream ts = chain.apply(new LowerCaseFilter(tokenizer))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add((inc.getPositionIncrement() == 0 ? "=" : "") + term);
            }
            ts.end();
        }
        return out;
    }

    @Test
    void asciiFoldingFoldsAndCanKeepTheOriginalAtTheSamePosition() throws IOException {
        var plain = new AsciiFoldingFilterFactory("f", Settings.EMPTY);
        assertEquals(List.of("syrie"), run("Syrië", plain::create));
        var preserving = new AsciiFoldingFilterFactory("f", Settings.builder().put("preserve_original", true).build());
        assertEquals(List.of("syrie", "=syrië"), run("Syrië", preserving::create));
    }

    @Test
    void dutchStemmerStemsPlurals() throws IOException {
        var stemmer = new StemmerFilterFactory("s", Settings.builder().put("language", "dutch").build());
        assertEquals(run("aanslag", stemmer::create), run("aanslagen", stemmer::create));
    }

    @Test
    void stemmerRefusesOtherLanguagesWithAClearMessage() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new StemmerFilterFactory("s", Settings.builder().put("language", "english").build()));
        assertTrue(e.getMessage().contains("[english] is not provided"), e.getMessage());
    }

    @Test
    void removeDuplicatesDropsTheStemWhereItEqualsTheOriginal() throws IOException {
        var dedup = new ParameterlessFilterFactory("remove_duplicates", "d", Settings.EMPTY,
                org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter::new);
        var stemmer = new StemmerFilterFactory("s", Settings.builder().put("language", "dutch").build());
        assertEquals(List.of("aanslagen", "=aanslag", "bom"),
                run("aanslagen bom", ts -> dedup.create(stemmer.create(
                        new org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter(ts)))));
    }

    @Test
    void unknownParametersAreNamedInTheError() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ParameterlessFilterFactory("remove_duplicates",
                "d", Settings.builder().put("mode", "x").build(), ts -> ts));
        assertTrue(e.getMessage().contains("does not support [mode]"), e.getMessage());
    }
}
