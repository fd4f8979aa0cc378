package nl.nieuwszoeker.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextStatsTest {

    @Test
    void countsWordsAndIgnoresPunctuationOnlyTokens() {
        assertEquals(6, TextStats.wordCount("De IS-leider is – volgens Biden – “uitgeschakeld”. ©"));
    }

    @Test
    void keepsNumbersAndHyphenCompoundsAsOneWord() {
        assertEquals(4, TextStats.wordCount("al-Qurayshi stierf 3.000 keer"));
    }

    @Test
    void emptyOrNullTextHasNoWords() {
        assertEquals(0, TextStats.wordCount(null));
        assertEquals(0, TextStats.wordCount("  \n\t "));
    }

    @Test
    void lengthClassSwitchesAtThreeHundredAndEightHundredWords() {
        assertEquals("kort", TextStats.lengthClass(0));
        assertEquals("kort", TextStats.lengthClass(299));
        assertEquals("middel", TextStats.lengthClass(300));
        assertEquals("middel", TextStats.lengthClass(799));
        assertEquals("lang", TextStats.lengthClass(800));
    }

    @Test
    void negativeWordCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TextStats.lengthClass(-1));
    }
}
