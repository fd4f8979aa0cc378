package nl.nieuwszoeker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetTrimTest {

    @Test
    void aSnippetThatStartsWithTheTitleLosesIt() {
        assertEquals("Dat berichtte de pers.",
                SnippetTrim.withoutTitle("Atar is gedood in Syri&#235;. Dat berichtte de pers.", "Atar is gedood in Syrië."));
    }

    @Test
    void aCutTitleContinuesWithAnEllipsis() {
        assertEquals("\u2026luchtaanval in <mark>Syrië</mark>. Dat",
                SnippetTrim.withoutTitle("De terrorist is gedood bij een luchtaanval in <mark>Syrië</mark>. Dat",
                        "De terrorist is gedood bij een\u2026"));
    }

    @Test
    void marksAndEntitiesInsideTheTitlePartAreSkippedWhole() {
        assertEquals("rest", SnippetTrim.withoutTitle("<mark>Tom</mark> &amp; Jerry. rest", "Tom & Jerry."));
    }

    @Test
    void anotherSnippetIsLeftAlone() {
        assertEquals("Bij een <mark>luchtaanval</mark> kwamen", SnippetTrim.withoutTitle("Bij een <mark>luchtaanval</mark> kwamen",
                "Luchtaanval in Syrië treft dorp"));
    }

    @Test
    void aSnippetThatIsOnlyTheTitleBecomesEmpty() {
        assertEquals("", SnippetTrim.withoutTitle("Luchtaanval.", "Luchtaanval."));
    }
}
