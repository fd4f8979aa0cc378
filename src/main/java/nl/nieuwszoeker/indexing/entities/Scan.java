package nl.nieuwszoeker.indexing.entities;

import static nl.nieuwszoeker.indexing.entities.Cues.*;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One pass over an article's words: at each word the rules are tried in a fixed order, and the first that matches
 * takes the words it names. Per call; never shared between calls.
 */
final class Scan extends ArticleWords {

    private final Spans spans;
    private final PlaceRules places;
    private final BodyRules bodies;
    private final ClubRules clubRules;
    private final PersonRules people;
    private final NameTyping typing;
    private final Resolution resolution;
    /** Names defined with their short form in brackets, by their first token. */
    private final java.util.Map<Integer, AcronymDefinitions.Definition> definedAt = new java.util.HashMap<>();

    Scan(List<Token> tokens, Set<String> lowercaseWords, boolean sport, Lists lists) {
        super(tokens, lowercaseWords, sport, lists);
        spans = new Spans(this);
        places = new PlaceRules(this);
        bodies = new BodyRules(this, spans);
        clubRules = new ClubRules(this);
        people = new PersonRules(this);
        typing = new NameTyping(this, places, bodies, clubRules, people);
        resolution = new Resolution(this);
        AcronymDefinitions.find(tokens).forEach(d -> definedAt.putIfAbsent(d.start(), d));
    }

    /** Scans every word, then settles what only the whole article decides. */
    Findings run() {
        int i = 0;
        while (i < tokens.size()) {
            int before = found.mentions.size();
            i = step(i);
            articleOfName(before);
        }
        resolution.resolve();
        return found;
    }

    private int step(int i) {
        Token token = tokens.get(i);
        AcronymDefinitions.Definition defined = definedAt.isEmpty() ? null : definedAt.get(i);
        if (defined != null) {
            Mention named = new Mention(bodies.definedType(i, defined.end()), join(i, defined.end()), i);
            found.mentions.add(named);
            found.shortForms.putIfAbsent(text(defined.acronym()), named);
            return defined.end();
        }
        int dateline = places.datelineEnd(i);
        if (dateline > i) {
            found.mention(EntityType.PLACE, places.placeName(i, dateline), i); // "HOUTEN - De roeiers …"
            return dateline;
        }
        if (kindOpeningSentence(i)) {
            return i + 1;
        }
        if (BRANCH_WORDS.contains(token.text()) && i + 1 < tokens.size() && !tokens.get(i + 1).separated()) {
            // "de rechtbank van eerste aanleg West-Vlaanderen": the Belgian court of a province or district
            int at = token.text().equals("rechtbank") && join(i + 1, Math.min(i + 4, tokens.size()))
                    .equals("van eerste aanleg") && i + 4 < tokens.size() && !tokens.get(i + 4).separated() ? i + 4 : i + 1;
            int end = Math.max(placeEnd(at), placePairEnd(at));
            if (end > at) {
                found.mention(EntityType.ORGANISATION, join(i, end), i);
                return end;
            }
        }
        if (SHIP_PREFIXES.contains(token.text()) && i + 1 < tokens.size() && tokens.get(i + 1).capitalised()
                && (!tokens.get(i + 1).separated() || tokens.get(i + 1).gap().strip().equals("."))) {
            return spans.runEnd(i + 1); // "HMS Bonaventure", "Zr.Ms. Karel Doorman": a ship, none of the three kinds
        }
        int club = clubRules.clubWithTown(i);
        if (club > i) {
            found.mention(EntityType.ORGANISATION, join(i, club), i);
            return club;
        }
        int branch = bodies.nationalBranch(i);
        if (branch > i) {
            found.mention(EntityType.ORGANISATION, join(i, branch), i);
            return branch;
        }
        if (i + 1 < tokens.size() && !tokens.get(i + 1).separated() && EMPIRES.contains(text(i + 1))
                && token.capitalised() && DEMONYM.matcher(token.text()).matches() && !token.allCaps()) {
            found.mention(EntityType.PLACE, join(i, i + 2), i); // "het Romeinse Rijk", "het Ottomaanse Rijk"
            return i + 2;
        }
        if (STATE_WORDS.contains(token.text()) && i + 1 < tokens.size() && !tokens.get(i + 1).separated()
                && placeEnd(i + 1) > i + 1) {
            found.mention(EntityType.PLACE, join(i, placeEnd(i + 1)), i); // "Groothertogdom Luxemburg"
            return placeEnd(i + 1);
        }
        int province = bodies.provinceBody(i);
        if (province > i) {
            found.mention(EntityType.ORGANISATION, join(i, province), i);
            return province;
        }
        int romance = places.romancePlaceEnd(i);
        if (romance > i) {
            found.mention(EntityType.PLACE, join(i, romance), i); // "San Pedro de Atacama", "Ciudad Juárez"
            return romance;
        }
        int linkedPlace = places.linkedPlaceEnd(i);
        if (linkedPlace > i) {
            found.mention(EntityType.PLACE, join(i, linkedPlace), i); // "Bergen op Zoom", "Capelle aan den IJssel"
            return linkedPlace;
        }
        if (text(i).equals("ministerie") && i >= 1 && nationalityAdjective(i - 1)
                && !HOME_ADJECTIVES.contains(text(i - 1)) && portfolioOfMinistry(i + 2)) {
            // "het Amerikaanse ministerie van Defensie", "het Libanese ministerie van Volksgezondheid": no Dutch
            // ministry, though the list and the portfolio rule below know the words.
            return spans.runEnd(i + 2);
        }
        Optional<Gazetteer.Match> match = gazetteer.matchAt(tokens, i).filter(m -> !ordinaryWord(i, m));
        if (match.isPresent() && bodies.branchAfterAcronym(i, match.get())) {
            // "FNV Metaal", "CNV Vakmensen": a known acronym before one word no name list knows is its branch.
            found.mention(EntityType.ORGANISATION, join(i, i + 2), i);
            return i + 2;
        }
        if (match.isPresent() && match.get().length() == 1 && match.get().entry().type() == EntityType.ORGANISATION
                && organisationWords.contains(token.text()) && i + 1 < tokens.size()
                && !tokens.get(i + 1).separated() && placeEnd(i + 1) > i + 1) {
            // "de Rekenkamer Rotterdam": a body's kind before a place names that place's own body.
            int end = placeEnd(i + 1);
            found.mention(EntityType.ORGANISATION, join(i, end), i);
            return end;
        }
        if (match.isPresent() && organisationAfter(i + match.get().length())) {
            // "Amsterdam UMC", "Schiphol Group": a known name followed by an organisation word names a body.
            int end = spans.runEnd(i + match.get().length());
            found.mention(EntityType.ORGANISATION, join(i, end), i);
            return end;
        }
        if (match.isPresent() && token.credit() && match.get().entry().type() != EntityType.ORGANISATION) {
            return i + match.get().length(); // "© ANP / Robin Utrecht": a photographer, not the town
        }
        if (match.isPresent() && match.get().entry().type() == EntityType.ORGANISATION
                && bodies.qualifierAfter(i + match.get().length())) {
            // "LTO Noord", "ING Nederland": a regional or national branch keeps its own name.
            int end = i + match.get().length() + 1;
            found.mention(EntityType.ORGANISATION, join(i, end), i);
            return end;
        }
        if (match.isPresent() && places.placeWordAfter(i + match.get().length())) {
            // "Philips Stadion", "Feyenoord Stadion": a known name before a building word names the building.
            int end = i + match.get().length() + 1;
            found.mention(EntityType.PLACE, join(i, end), i);
            return end;
        }
        if (match.isPresent()) {
            Gazetteer.Entry entry = match.get().entry();
            if (entry.type() == EntityType.PLACE && clubRules.club(entry.canonical(), i, true)) {
                found.mention(EntityType.ORGANISATION, entry.canonical(), i);
            } else if (entry.type() == EntityType.PLACE && kindBefore(i)) {
                // "durfinvesteerder Waterland", "ziekenhuis Gelderse Vallei": a body named after a place
                found.mention(EntityType.ORGANISATION, join(i, i + match.get().length()), i);
            } else {
                found.add(entry, i);
            }
            return i + match.get().length();
        }
        String stem = NameRules.compoundStem(token.text());
        if (stem != null) {
            typing.compound(stem, i);
            return i + 1;
        }
        if (PlaceRules.road(token.text())) {
            found.mention(EntityType.PLACE, token.text(), i);
            return i + 1;
        }
        if (acronym(i) || (token.allCaps() && organisationWords.contains(token.text()))) {
            int end = spans.runEnd(i);
            found.mention(EntityType.ORGANISATION, join(i, end), i);
            return end;
        }
        int surnameOnly = people.particleLedSurname(i);
        if (surnameOnly > i) {
            if (placeCue(i) && !VAN.contains(token.text())) {
                found.mention(EntityType.PLACE, join(i, surnameOnly), i); // "in De Bilt", but "in Van der Elst"
            } else {
                found.loneWords.add(new LoneWord(text(surnameOnly - 1), i, List.of(), false, join(i, surnameOnly),
                        !token.sentenceStart()));
            }
            return surnameOnly;
        }
        if (i > 0 && !token.separated() && token.capitalised() && !token.sentenceStart()
                && !tokens.get(i - 1).capitalised() && EVENT_CUE.matcher(text(i - 1)).matches() && nameWord(i)) {
            int end = spans.runEnd(i);
            found.events.add(join(i, end));
            return end;
        }
        int adjectiveLed = bodies.adjectiveLedOrganisation(i);
        if (adjectiveLed > i) {
            found.mention(EntityType.ORGANISATION, join(i, adjectiveLed), i);
            return adjectiveLed;
        }
        if (portfolioOfMinistry(i)) {
            int end = bodies.portfolioList(spans.runEnd(i));
            found.mention(EntityType.ORGANISATION, "Ministerie van " + join(i, end), i); // "het ministerie van Financiën"
            return end;
        }
        if (!startsName(i)) {
            return i + 1;
        }
        // A portfolio or a word the lexicon does not know, right before a given name: "van Mobiliteit Annick De Ridder".
        // Not before a particle the lexicon also lists as a given name: "Achiel Van Acker" is one person.
        if (i + 1 < tokens.size() && !tokens.get(i + 1).separated() && !lexicon.known(token.text()) && !titledAt(i)
                && !organisationWord(i) && lexicon.firstName(text(i + 1)) && nameWord(i + 1)
                && !names.particle(text(i + 1))) {
            return i + 1;
        }
        int end = Set.of("Ministerie", "Departement").contains(token.text())
                ? bodies.portfolioList(spans.runEnd(i)) : spans.runEnd(i);
        if (end < tokens.size() && FIRM_ENDINGS.contains(text(end)) && tokens.get(end).gap().strip().equals("&")) {
            // "J. Boel & Zonen"; "Mosselkweker Geluk & Zonen" opening a sentence starts after its kind.
            int from = end - i >= 2 && token.sentenceStart() && (kindOfBody(token.text().toLowerCase(Locale.ROOT))
                    || title(token.text())) ? i + 1 : i;
            found.mention(EntityType.ORGANISATION, join(from, end + 1), from);
            return end + 1;
        }
        if (bodies.qualifierAfter(end) && organisationCue(i)) {
            found.mention(EntityType.ORGANISATION, join(i, end + 1), i); // "vakbond ACV Limburg": a regional branch
            return end + 1;
        }
        int holder = bodies.holderAfterPortfolio(i, end);
        if (holder > i) {
            // "minister van Werk David Clarinval": the portfolio, then its minister.
            found.mention(EntityType.ORGANISATION, "Ministerie van " + join(i, holder), i);
            return holder;
        }
        if (bodies.portfolioAfterMinister(i) && gazetteer.matchAt(tokens, i).isEmpty() && !allPlaces(i, end)) {
            found.mention(EntityType.ORGANISATION, "Ministerie van " + join(i, end), i);
            return end;
        }
        if (bodies.namedWithEn(i, end)) {
            found.mention(EntityType.ORGANISATION, join(i, end + 2), i);
            return end + 2;
        }
        typing.classify(i, end);
        return end;
    }

    /** "melden ingewijden aan Het Financieele Dagblad": mid-sentence, a capitalised article is the name's own. */
    private void articleOfName(int firstNew) {
        for (int m = firstNew; m < found.mentions.size(); m++) {
            Mention named = found.mentions.get(m);
            int p = named.position();
            if (p == 0 || tokens.get(p - 1).sentenceStart() || tokens.get(p).separated()
                    || named.type() == EntityType.PERSON) {
                continue;
            }
            // "aan De Ruijterkade": a street named after a person keeps the particle of the name.
            boolean street = text(p - 1).equals("De") && named.type() == EntityType.PLACE
                    && STREET_ENDING.matcher(named.value()).matches();
            if ((text(p - 1).equals("Het") || street) && !named.value().startsWith(text(p - 1) + " ")) {
                found.mentions.set(m, new Mention(named.type(), text(p - 1) + " " + named.value(), p - 1));
            }
        }
    }

    /**
     * "Vakbond IG Metall eist", "Werkgeversorganisatie Voka reageert": a kind of body capitalised only because it opens
     * the sentence describes the name after it. Words that also head names ("Stichting Dierenlot", "Omroep Brabant"),
     * or come before a place, stay in the name.
     */
    private boolean kindOpeningSentence(int i) {
        Token token = tokens.get(i);
        if (!token.sentenceStart() || i + 1 >= tokens.size() || tokens.get(i + 1).separated()
                || !tokens.get(i + 1).capitalised()) {
            return false;
        }
        String lower = token.text().toLowerCase(Locale.ROOT);
        return kindOfBody(lower) && !NAME_HEADS.contains(lower)
                && !lexicon.place(text(i + 1)); // "Havenbedrijf Rotterdam" is named after its place
    }

    /** Right after a kind of body, lowercase or opening the sentence: "durfinvesteerder Waterland". */
    private boolean kindBefore(int i) {
        if (i == 0 || tokens.get(i).separated()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return (!before.capitalised() || before.sentenceStart()) && before.text().length() > 3
                && kindOfBody(before.text().toLowerCase(Locale.ROOT));
    }

    /** "gerechtshof Arnhem-Leeuwarden": a court's district named after two places. */
    private int placePairEnd(int j) {
        String[] parts = text(j).split("-");
        return parts.length == 2 && lexicon.place(parts[0]) && lexicon.place(parts[1]) ? j + 1 : j;
    }

    private boolean portfolioOfMinistry(int i) {
        return i >= 2 && i < tokens.size() && tokens.get(i).capitalised() && !tokens.get(i).separated() && text(i - 1).equals("van")
                && !tokens.get(i - 1).separated() && text(i - 2).equals("ministerie");
    }
}
