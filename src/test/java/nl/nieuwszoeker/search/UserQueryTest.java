package nl.nieuwszoeker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.nieuwszoeker.search.UserQuery.Clause;
import org.junit.jupiter.api.Test;

class UserQueryTest {

    private static Clause word(String w) {
        return new Clause(w, false);
    }

    private static Clause phrase(String p) {
        return new Clause(p, true);
    }

    @Test
    void wordsAreSeparateRequiredGroups() {
        var q = UserQuery.parse("luchtaanval  Syrië");
        assertEquals(List.of(List.of(word("luchtaanval")), List.of(word("Syrië"))), q.groups());
        assertEquals(List.of("luchtaanval", "Syrië"), q.requiredWords());
    }

    @Test
    void quotedTextIsOnePhrase() {
        var q = UserQuery.parse("\"coalitie  in Syrië\" drones");
        assertEquals(List.of(List.of(phrase("coalitie in Syrië")), List.of(word("drones"))), q.groups());
    }

    @Test
    void typographicQuotesAlsoMakeAPhrase() {
        assertEquals(List.of(List.of(phrase("in Syrië"))), UserQuery.parse("\u201Ein Syrië\u201D").groups());
    }

    @Test
    void minusAndNotExclude() {
        var q = UserQuery.parse("Syrië -Irak -\"Den Haag\" NOT Rutte");
        assertEquals(List.of(List.of(word("Syrië"))), q.groups());
        assertEquals(List.of(word("Irak"), phrase("Den Haag"), word("Rutte")), q.excluded());
    }

    @Test
    void orJoinsTheNeighboursIntoOneGroup() {
        var q = UserQuery.parse("oorlog Syrië OR Irak OR \"Den Haag\" vrede");
        assertEquals(List.of(List.of(word("oorlog")), List.of(word("Syrië"), word("Irak"), phrase("Den Haag")),
                List.of(word("vrede"))), q.groups());
        assertEquals(List.of("oorlog", "vrede"), q.requiredWords());
    }

    @Test
    void hyphenInsideAWordIsNotAnExclusion() {
        var q = UserQuery.parse("Noord-Holland");
        assertEquals(List.of(List.of(word("Noord-Holland"))), q.groups());
        assertTrue(q.excluded().isEmpty());
    }

    @Test
    void anUnclosedQuoteIsIgnored() {
        assertEquals(List.of(List.of(word("coalitie")), List.of(word("in"))), UserQuery.parse("\"coalitie in").groups());
    }

    @Test
    void punctuationOnlyTokensAndDanglingOperatorsVanish() {
        var q = UserQuery.parse("( ) * ~ ^ : OR AND - + \\ \" NOT");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void controlCharactersSeparateWords() {
        assertEquals(List.of("a", "b"), UserQuery.parse("a\u0000b\u0007").requiredWords());
    }

    @Test
    void luceneSyntaxStaysText() {
        var q = UserQuery.parse("title:foo AND bar~2 +baz");
        assertEquals(List.of("title:foo", "bar~2", "baz"), q.requiredWords());
    }

    @Test
    void nullAndBlankAreEmpty() {
        assertTrue(UserQuery.parse(null).isEmpty());
        assertTrue(UserQuery.parse("   ").isEmpty());
    }
}
