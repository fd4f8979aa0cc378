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

    private static Clause in(UserQuery.Field f, String text, boolean phrase, boolean prefix, int slop) {
        return new Clause(text, phrase, prefix, slop, f);
    }

    @Test
    void aStarAfterThreeLettersIsAPrefix() {
        assertEquals(List.of(List.of(in(UserQuery.Field.ANY, "terror", false, true, 0))),
                UserQuery.parse("terror*").groups());
        assertEquals(List.of(List.of(in(UserQuery.Field.ANY, "Syr", false, true, 0))), UserQuery.parse("Syr**").groups());
    }

    @Test
    void shortLeadingOrInnerStarsAreText() {
        assertEquals(List.of("te"), UserQuery.parse("te*").requiredWords());
        assertEquals(List.of("rist"), UserQuery.parse("*rist").requiredWords());
        assertEquals(List.of("ter ist"), UserQuery.parse("ter*ist").requiredWords());
        assertTrue(UserQuery.parse("*").isEmpty());
    }

    @Test
    void aNumberAfterAPhraseIsProximity() {
        assertEquals(List.of(List.of(in(UserQuery.Field.ANY, "aanslag brussel", true, false, 10))),
                UserQuery.parse("\"aanslag brussel\"~10").groups());
        assertEquals(List.of(List.of(phrase("a b")), List.of(word("~x"))), UserQuery.parse("\"a b\"~x").groups());
        assertEquals(List.of(List.of(phrase("a b"))), UserQuery.parse("\"a b\"~").groups());
    }

    @Test
    void dutchFieldNamesLimitAClause() {
        var q = UserQuery.parse("titel:Biden persoon:\"Joe Biden\" PLAATS:Parijs organisatie:NAVO* -bron:NOS");
        assertEquals(List.of(
                List.of(in(UserQuery.Field.TITLE, "Biden", false, false, 0)),
                List.of(in(UserQuery.Field.PERSON, "Joe Biden", true, false, 0)),
                List.of(in(UserQuery.Field.PLACE, "Parijs", false, false, 0)),
                List.of(in(UserQuery.Field.ORGANISATION, "NAVO", false, true, 0))), q.groups());
        assertEquals(List.of(in(UserQuery.Field.SOURCE, "NOS", false, false, 0)), q.excluded());
        assertTrue(q.requiredWords().isEmpty(), "field clauses get no compound or spelling treatment");
    }

    @Test
    void anUnknownFieldOrAnEmptyValueIsText() {
        assertEquals(List.of("kleur:rood"), UserQuery.parse("kleur:rood").requiredWords());
        assertEquals(List.of("titel:", "Biden"), UserQuery.parse("titel: Biden").requiredWords());
        assertEquals(List.of("titel:"), UserQuery.parse("titel:").requiredWords());
    }

    @Test
    void orAndFieldsCombine() {
        var q = UserQuery.parse("plaats:Irak OR plaats:Syrië");
        assertEquals(List.of(List.of(in(UserQuery.Field.PLACE, "Irak", false, false, 0),
                in(UserQuery.Field.PLACE, "Syrië", false, false, 0))), q.groups());
    }

    @Test
    void limitsAreReportedNotThrown() {
        assertEquals(null, UserQuery.parse("a b c terror* \"x y\"~50").limitProblem());
        assertTrue(UserQuery.parse("\"x y\"~51").limitProblem().contains("~50"));
        assertTrue(UserQuery.parse("aaa* bbb* ccc* ddd* eee* fff*").limitProblem().contains("at most 5"));
        assertTrue(UserQuery.parse("w ".repeat(51)).limitProblem().contains("at most 50"));
        assertEquals(null, UserQuery.parse("w ".repeat(50)).limitProblem());
        assertTrue(UserQuery.parse("\"x y\"~9999999999").limitProblem().contains("~50"),
                "an absurd distance is a clear 400, not an overflow");
    }

    @Test
    void malformedSyntaxNeverThrows() {
        for (String s : List.of("titel:\"", "\"~3", "persoon:*", "**", "\"a\"~", ":::", "bron:\"\"", "-titel:",
                "\"unclosed~5", "titel:\"a b\"~99999")) {
            UserQuery q = UserQuery.parse(s);
            q.limitProblem();
        }
    }
}
