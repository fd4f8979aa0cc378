package nl.nieuwszoeker.indexing.entities;

import static nl.nieuwszoeker.indexing.entities.Cues.*;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Organisations the scan recognises by their shape: a national or regional branch, a ministry and its portfolios, a
 * province acting, names opened by adjectives, names joined by "en", and the kinds of body that open a name.
 */
final class BodyRules extends ArticleWords {

    private final Spans spans;

    BodyRules(ArticleWords article, Spans spans) {
        super(article);
        this.spans = spans;
    }

    /**
     * "Alzheimer Nederland", "Glastuinbouw Nederland", "Zorgverzekeraars Nederland": capitalised words right before
     * a country or region that ends the phrase name that body's national branch; not a person's name
     * ("dat Mark Rutte Nederland …", or "Rutte" after the article named him), nor places.
     */
    int nationalBranch(int i) {
        Token first = tokens.get(i);
        if (!first.capitalised()) {
            return i;
        }
        // The qualifier first: it rules out nearly every word at the price of a few set lookups.
        int k = i;
        while (k < tokens.size() && k - i <= 3 && (k == i || !tokens.get(k).separated()) && tokens.get(k).capitalised()
                && !BRANCH_QUALIFIERS.contains(text(k))) {
            k++;
        }
        if (k == i || k - i > 3 || k >= tokens.size() || tokens.get(k).separated()
                || !BRANCH_QUALIFIERS.contains(text(k))
                || k + 1 < tokens.size() && !tokens.get(k + 1).separated() && tokens.get(k + 1).capitalised()) {
            return i;
        }
        if (first.credit() || !names.nameWord(first.text()) && !first.allCaps() || titles.contains(first.text())
                || ordinaryWordAtSentenceStart(i) || lexicon.firstName(first.text())) {
            return i;
        }
        if (allPlaces(i, k) || Findings.uniqueBySurname(found.persons, text(k - 1)).isPresent() || titledAt(i)
                || gazetteer.matchAt(tokens, i).filter(m -> m.entry().type() != EntityType.ORGANISATION).isPresent()) {
            return i;
        }
        return k + 1;
    }

    /** A defined name is a body unless the gazetteer or the lexicon knows it as a place ("Verenigde Staten (VS)"). */
    EntityType definedType(int start, int end) {
        Optional<Gazetteer.Match> m = gazetteer.matchAt(tokens, start);
        if (m.isPresent() && m.get().length() == end - start) {
            return m.get().entry().type();
        }
        return allPlaces(start, end) ? EntityType.PLACE : EntityType.ORGANISATION;
    }

    /** "FNV Metaal": a known acronym, then one capitalised word no list knows, ending the phrase. */
    boolean branchAfterAcronym(int i, Gazetteer.Match match) {
        int j = i + 1;
        if (match.length() != 1 || match.entry().type() != EntityType.ORGANISATION || !tokens.get(i).allCaps()
                || tokens.get(i).credit() || j >= tokens.size() || tokens.get(j).separated()) {
            return false;
        }
        Token t = tokens.get(j);
        return t.capitalised() && !t.allCaps() && names.nameWord(t.text()) && !lexicon.known(t.text())
                && !titles.contains(t.text()) && !lowercaseWords.contains(t.text().toLowerCase(Locale.ROOT))
                && gazetteer.matchAt(tokens, j).isEmpty() && !DEMONYM.matcher(t.text()).matches()
                && (j + 1 >= tokens.size() || tokens.get(j + 1).separated() || !tokens.get(j + 1).capitalised());
    }

    /** Regions a body's branch is named after: "LTO Noord", "ACV Limburg", "Voka Vlaams-Brabant". */
    private static final Set<String> REGIONAL_QUALIFIERS = Set.of("Noord", "Zuid", "Oost", "West", "Midden",
            "Nederland", "Vlaanderen", "Wallonië", "Europa", "International", "Internationaal", "Limburg", "Brabant",
            "Noord-Brabant", "Vlaams-Brabant", "Waals-Brabant", "Oost-Vlaanderen", "West-Vlaanderen", "Henegouwen",
            "Friesland", "Fryslân", "Drenthe", "Overijssel", "Gelderland", "Flevoland", "Zeeland", "Noord-Holland",
            "Zuid-Holland", "Noord-Nederland", "Oost-Nederland", "Zuid-Nederland", "Randstad", "Benelux");

    boolean qualifierAfter(int j) {
        return j < tokens.size() && !tokens.get(j).separated() && REGIONAL_QUALIFIERS.contains(text(j))
                && (j + 1 >= tokens.size() || tokens.get(j + 1).separated() || !tokens.get(j + 1).capitalised());
    }

    /**
     * "de provincie Zeeland" acting is the province's government; "in de provincie Zeeland" is the region and is
     * left to the place cues.
     */
    int provinceBody(int i) {
        if (!text(i).equals("provincie") || i < 1 || i + 1 >= tokens.size() || tokens.get(i + 1).separated()
                || !articleWord(text(i - 1)) || tokens.get(i).separated()) {
            return i;
        }
        if (i >= 2 && !tokens.get(i - 1).separated() && PLACE_CUES.contains(text(i - 2).toLowerCase(Locale.ROOT))) {
            return i;
        }
        int end = placeEnd(i + 1);
        return end > i + 1 ? end : i;
    }

    /**
     * "de partij Recht en Rechtvaardigheid": after a singular word for one body, "A en B" is one name; after a
     * plural ("netbeheerders Liander en Stedin") it is a list.
     */
    boolean namedWithEn(int start, int end) {
        if (end != start + 1 || end + 1 >= tokens.size() || !text(end).equals("en") || tokens.get(end).separated()
                || tokens.get(end + 1).separated() || !tokens.get(end + 1).capitalised() || start == 0
                || tokens.get(start).separated()) {
            return false;
        }
        boolean last = end + 2 >= tokens.size() || tokens.get(end + 2).separated() || !tokens.get(end + 2).capitalised();
        String cue = text(start - 1);
        boolean singular = !tokens.get(start - 1).capitalised() && ORGANISATION_CUES.stream().anyMatch(cue::endsWith)
                && !ORGANISATION_PLURAL.matcher(cue).matches();
        return last && singular && !isAcronym(text(start)) && !isAcronym(text(end + 1))
                && gazetteer.matchAt(tokens, start).isEmpty() && gazetteer.matchAt(tokens, end + 1).isEmpty()
                && !lexicon.organisation(text(start)) && !lexicon.organisation(text(end + 1));
    }

    /**
     * "Koninklijke Nederlandse Redding Maatschappij", "Vrije Universiteit": capitalised adjectives open the name
     * of a body when the capitalised words after them hold an organisation word. A nationality adjective counts
     * only after another adjective, since "de Duitse Bundesbank" is the Bundesbank.
     */
    int adjectiveLedOrganisation(int i) {
        // "Van Gogh Museum", "De Hoge Raad": a capitalised particle may open a body's name too.
        boolean particle = tokens.get(i).capitalised() && names.particle(text(i)) && !tokens.get(i).allCaps()
                && i + 1 < tokens.size() && !tokens.get(i + 1).separated() && tokens.get(i + 1).capitalised();
        if (nationalityAdjective(i) || tokens.get(i).capitalised() && text(i).endsWith("s") && !names.nameWord(text(i))
                && !tokens.get(i).allCaps() && !WORDS_ENDING_IN_S.contains(text(i))) {
            // "Europese Investeringsbank", "Brussels Parlement", "Vlaams Parlement": a nationality adjective
            // before one organisation word is part of the name.
            int home = homeAdjectiveLed(i);
            if (home > i) {
                return home;
            }
            int k = i + 1;
            boolean single = k < tokens.size() && !tokens.get(k).separated() && tokens.get(k).capitalised()
                    && organisationWords.contains(text(k)) && !titles.contains(text(k))
                    && (k + 1 >= tokens.size() || tokens.get(k + 1).separated() || !tokens.get(k + 1).capitalised());
            return single && !lexicon.known(text(k)) ? k + 1 : i;
        }
        if (!nameAdjective(i) && !(particle && (!tokens.get(i).sentenceStart() || !articleWord(text(i))))) {
            return i;
        }
        int k = i + 1;
        // "Koninklijk Nederlands Instituut voor …": after an adjective, "Nederlands" or "Vlaams" is one too.
        while (k < tokens.size() && !tokens.get(k).separated() && (nameAdjective(k) || nationalityAdjective(k)
                || tokens.get(k).capitalised() && text(k).endsWith("s") && !names.nameWord(text(k)))) {
            k++;
        }
        if (k >= tokens.size() || tokens.get(k).separated() || !tokens.get(k).capitalised() || !nameWord(k)) {
            return i;
        }
        int end = spans.runEnd(k);
        for (int j = k; j < end; j++) {
            if (organisationWord(j)) {
                return end;
            }
        }
        return i;
    }

    /**
     * "Nederlandse Vereniging van Banken", "Vlaams Instituut voor de Zee", "Nederlands Kanker Instituut": a Dutch or
     * Belgian adjective, or one in its neuter form, opens a longer body's name; a foreign one ("de Duitse
     * Bundesbank", "het Franse Ministerie van Defensie") describes it, and is left to the single-word rule.
     */
    private int homeAdjectiveLed(int i) {
        String w = text(i);
        boolean home = HOME_ADJECTIVES.contains(w) || (w.endsWith("s") && !names.nameWord(w) && !w.endsWith("es"));
        int k = i + 1;
        if (!home || k >= tokens.size() || tokens.get(k).separated() || !tokens.get(k).capitalised()
                || titles.contains(text(k))) {
            return i;
        }
        int end = spans.runEnd(k);
        for (int j = k; j < end; j++) {
            if (organisationWord(j) && !titles.contains(text(j))) {
                return end;
            }
        }
        return i;
    }

    /**
     * "Ministerie van Landbouw, Natuur en Voedselkwaliteit": a ministry's portfolios listed with commas and a
     * last "en" belong to its name. Returns {@code end} unchanged unless the list closes with "en".
     */
    int portfolioList(int end) {
        int k = end;
        while (k < tokens.size() && tokens.get(k).gap().strip().equals(",") && tokens.get(k).capitalised()
                && !tokens.get(k).sentenceStart() && !lexicon.place(text(k)) && !lexicon.firstName(text(k))
                && !tokens.get(k).allCaps()) {
            k++;
        }
        boolean closes = k + 1 < tokens.size() && text(k).equals("en") && !tokens.get(k).separated()
                && !tokens.get(k + 1).separated() && tokens.get(k + 1).capitalised() && !lexicon.place(text(k + 1));
        return k > end && closes ? k + 2 : end;
    }

    /** "minister van Werk David Clarinval": the first given name after the portfolio, or {@code start}. */
    int holderAfterPortfolio(int start, int end) {
        if (start < 2 || tokens.get(start).separated() || tokens.get(start - 1).separated()
                || !text(start - 1).equals("van") || end - start < 3 || gazetteer.matchAt(tokens, start).isPresent()) {
            return start;
        }
        String cue = text(start - 2).toLowerCase(Locale.ROOT);
        if (!(cue.endsWith("minister") || cue.equals("staatssecretaris"))) {
            return start;
        }
        for (int j = start + 1; j + 1 < end; j++) {
            if (lexicon.firstName(text(j)) && !organisationWord(j)) {
                return j;
            }
        }
        return start;
    }

    /** "minister Femke Wiersma van Landbouw": the words after the minister's name and "van" name the ministry. */
    boolean portfolioAfterMinister(int i) {
        if (i < 3 || tokens.get(i).separated() || tokens.get(i).sentenceStart() || !text(i - 1).equals("van")
                || tokens.get(i - 1).separated() || !tokens.get(i - 2).capitalised()) {
            return false;
        }
        for (int k = i - 2; k >= 1 && k >= i - 6 && !tokens.get(k).separated(); k--) {
            String before = text(k - 1).toLowerCase(Locale.ROOT);
            if (!tokens.get(k - 1).capitalised() || tokens.get(k - 1).sentenceStart()) {
                return before.endsWith("minister") || before.equals("staatssecretaris");
            }
            if (before.endsWith("minister") || before.equals("staatssecretaris")) {
                return true;
            }
        }
        return false;
    }

    /** A word naming a kind of body, as a cue does: Vakbond, Netbeheerders, Schoolbestuur. */
    boolean genericWord(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (lexicon.known(w) || organisationWords.containsWhole(w) && !lower.equals("vakbond")) {
            return lower.equals("vakbond");
        }
        if (kindOfBody(lower)) {
            return true;
        }
        return ORGANISATION_PLURAL.matcher(lower).matches() || lower.endsWith("bestuur");
    }

    boolean pluralOf(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return (lower.endsWith("en") || lower.endsWith("s")) && organisationWords.contains(w)
                && ORGANISATION_PLURAL.matcher(lower).matches();
    }

    /** "Universiteit Gent", "Waterschap Limburg": the kind stays part of a body named after its place. */
    boolean restIsPlace(int from, int end) {
        if (Set.of("van", "voor").contains(text(from))) {
            return true;
        }
        Optional<Gazetteer.Match> m = gazetteer.matchAt(tokens, from);
        if (m.isPresent()) {
            return m.get().entry().type() == EntityType.PLACE && from + m.get().length() == end;
        }
        return end - from == 1 && lexicon.place(text(from));
    }
}
