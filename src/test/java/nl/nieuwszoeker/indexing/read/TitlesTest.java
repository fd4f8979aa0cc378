package nl.nieuwszoeker.indexing.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void aShortLeadIsTheWholeTitle() {
        assertEquals("Kabinet valt.", Titles.leadSentence("Kabinet valt. Meer volgt.\n\nTweede alinea."));
    }

    @Test
    void aLongLeadIsCutAtAClauseBoundaryNearNinetyCharacters() {
        String lead = "Het kabinet van premier Rutte is vrijdagavond gevallen over het asielbeleid, nadat de VVD en de "
                + "ChristenUnie het na weken van overleg niet eens werden over de gezinshereniging.";
        String title = Titles.leadSentence(lead);
        assertEquals("Het kabinet van premier Rutte is vrijdagavond gevallen over het asielbeleid\u2026", title);
    }

    @Test
    void withoutABoundaryTheCutIsAtAWordNearNinety() {
        String lead = "De 33-jarige Belgisch-Marokkaanse IS-terrorist Oussama Atar is wel degelijk gedood bij een "
                + "luchtaanval in Syrië. Dat berichtte de Franse pers.";
        String title = Titles.leadSentence(lead);
        assertTrue(title.endsWith("\u2026"), title);
        assertTrue(title.length() <= Titles.TARGET + 1, title);
        assertTrue(lead.startsWith(title.substring(0, title.length() - 1)), title);
        assertEquals("De 33-jarige Belgisch-Marokkaanse IS-terrorist Oussama Atar is wel degelijk gedood bij een\u2026",
                title);
    }

    @Test
    void everyCutTitleStaysShort() {
        String lead = "a".repeat(30) + " " + "b".repeat(300);
        String title = Titles.leadSentence(lead);
        assertTrue(title.length() <= Titles.TARGET + 1, title);
    }
}
