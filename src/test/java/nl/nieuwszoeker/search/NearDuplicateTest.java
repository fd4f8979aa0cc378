package nl.nieuwszoeker.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NearDuplicateTest {

    private static final String STORY = "Het kabinet van premier Rutte is gevallen over het asielbeleid. De VVD en de "
            + "coalitiepartners werden het na weken van overleg niet eens over de gezinshereniging van vluchtelingen.";

    @Test
    void theSameStoryLightlyEditedIsANearDuplicate() {
        String other = "Het kabinet van premier Rutte is vrijdag gevallen over het asielbeleid. De VVD en de "
                + "coalitiepartners werden het na weken van overleg niet eens over de gezinshereniging van vluchtelingen. "
                + "Dat meldt het ANP.";
        assertTrue(NearDuplicate.of(STORY, other), "resemblance " + NearDuplicate.resemblance(STORY, other));
    }

    @Test
    void anotherStoryOnTheSameTopicIsNot() {
        String other = "Premier Rutte verdedigde in de Kamer het asielbeleid van het kabinet. De oppositie eiste "
                + "opheldering over de opvang in Ter Apel.";
        assertFalse(NearDuplicate.of(STORY, other), "resemblance " + NearDuplicate.resemblance(STORY, other));
    }

    @Test
    void emptyOrTinyTextsAreNeverDuplicates() {
        assertFalse(NearDuplicate.of("", STORY));
        assertFalse(NearDuplicate.of("Twee woorden", "Twee woorden"));
    }
}
