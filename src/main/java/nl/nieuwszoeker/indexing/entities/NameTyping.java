package nl.nieuwszoeker.indexing.entities;

import static nl.nieuwszoeker.indexing.entities.Cues.*;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Types what the scan's other rules left: a run of name words, or one word alone, as a person, a place or an
 * organisation, by the cues, lists and lexicon around it; the first branch that matches wins.
 */
final class NameTyping extends ArticleWords {

    private final PlaceRules places;
    private final BodyRules bodies;
    private final ClubRules clubRules;
    private final PersonRules people;

    NameTyping(ArticleWords article, PlaceRules places, BodyRules bodies, ClubRules clubRules, PersonRules people) {
        super(article);
        this.places = places;
        this.bodies = bodies;
        this.clubRules = clubRules;
        this.people = people;
    }

    void classify(int start, int end) {
        int s = start;
        // A capitalised sentence opener the lexicon does not know, right before a given name: "Landbouwminister".
        while (end - s > 1 && tokens.get(s).sentenceStart() && !lexicon.known(text(s))
                && lexicon.firstName(text(s + 1)) && !organisationWord(s)) {
            s++;
        }
        // "de Engelsman Luke Littler", "de Schot Gary Anderson": a known word that is no given name, before a
        // given name and a surname, is a nationality or a role, not part of the name.
        while (end - s >= 3 && lexicon.known(text(s)) && !lexicon.firstName(text(s)) && !lexicon.place(text(s))
                && !lexicon.organisation(text(s)) && lexicon.firstName(text(s + 1)) && !organisationWord(s)) {
            s++;
        }
        // "Curaçaoënaar Shendrick Martina", "Rotterdammer Jan Smit": an inhabitant before a name is no part of it.
        if (end - s >= 3 && places.demonymOfPlace(text(s)) && !lexicon.lastName(text(s))
                && !lexicon.firstName(text(s))) {
            s++;
        }
        // "de Sloveen Tadej Pogačar": after "de", a capitalised noun no name list knows, before two name words,
        // is a nationality or a role.
        if (end - s >= 3 && s > 0 && !tokens.get(s).separated() && text(s - 1).equalsIgnoreCase("de")
                && !lexicon.firstName(text(s)) && !lexicon.place(text(s)) && !lexicon.organisation(text(s))
                && !adjectiveFirst(s) && !ADJECTIVE.matcher(text(s)).matches() && !HOME_ADJECTIVES.contains(text(s))
                && NATIONALITY_NOUN.matcher(text(s)).matches() && !tokens.get(s).allCaps()
                && tokens.subList(s, end).stream().noneMatch(t -> organisationWords.contains(t.text()))) {
            s++;
        }
        boolean titled = titledAt(s) || s > start;
        boolean organisation = false;
        for (int i = s; i < end; i++) {
            organisation |= organisationWord(i);
        }
        if (organisation && titledAt(s) && tokens.get(s - 1).capitalised() && !tokens.get(s - 1).sentenceStart()) {
            // "het Prinses Máxima Centrum": a capitalised title inside a body's name is part of it.
            s--;
        }
        if (organisation && end - s == 1 && tokens.get(s).sentenceStart() && !lexicon.known(text(s))
                && (organisationWords.containsWhole(text(s)) || bodies.pluralOf(text(s)))) {
            return; // "Banken en ziekenhuizen …", "Natuurorganisaties als …": a generic word opening a sentence.
        }
        // Mid-sentence, a capitalised kind is part of the name: "het Rijksmuseum Twenthe".
        if (end - s >= 2 && bodies.genericWord(text(s)) && !bodies.restIsPlace(s + 1, end)
                && tokens.get(s).sentenceStart()) {
            // "Netbeheerders Liander", "Reizigersvereniging Rover", "Vakbond De Unie": the kind, then the name;
            // before two or more words the kind may be the name's head ("Uitvoeringsorganisatie Herstel Toeslagen").
            // "Drinkwaterbedrijf Brabant Water": a name opening with a known place or body is the name itself.
            boolean strip = end - s == 2 || articleWord(text(s + 1)) || organisationWords.containsWhole(text(s + 1))
                    || lexicon.place(text(s + 1)) || gazetteer.matchAt(tokens, s + 1).isPresent();
            found.mention(EntityType.ORGANISATION, join(strip ? s + 1 : s, end), strip ? s + 1 : s);
            return;
        }
        if (organisation && end - s == 1 && organisationWords.containsWhole(text(s))
                && !lexicon.organisation(text(s))) {
            // "het Havenbedrijf", "de Kamer": a body's kind alone refers to the one body of that kind named before.
            String kind = text(s);
            List<String> earlier = found.mentions.stream().filter(m -> m.type() == EntityType.ORGANISATION)
                    .map(Mention::value).filter(v -> List.of(v.split(" ")).contains(kind)).distinct().toList();
            if (earlier.size() == 1) {
                found.mention(EntityType.ORGANISATION, earlier.get(0), s);
            }
            // "de Vereniging" with no body of that kind named: the ordinary noun.
            return;
        }
        if (end - s >= 2 && VENUE_WORDS.contains(text(end - 1))) {
            found.mention(EntityType.PLACE, join(s, end), s); // "Diaz Arena", "Abe Lenstra Stadion": never a person
            return;
        }
        if (end - s >= 2 && STREET_ENDING.matcher(text(end - 1)).matches() && !lexicon.known(text(end - 1))) {
            found.mention(EntityType.PLACE, join(s, end), s); // "Paulus Potterstraat", "Anton de Komplein"
            return;
        }
        if (text(s).equals("The") && end - s > 1) {
            found.mention(EntityType.ORGANISATION, join(s, end), s); // The Lancet, The Guardian
            return;
        }
        if (tokens.get(s).credit()) {
            if (organisation) {
                found.mention(EntityType.ORGANISATION, join(s, end), s);
            }
            return;
        }
        if (EVENT_ENDING.matcher(text(end - 1)).matches()) {
            return;
        }
        if (organisation && end - s == 2 && tokens.get(s).sentenceStart() && acronym(s + 1)
                && !lexicon.known(text(s)) && organisationWords.contains(text(s))) {
            // "Vakbond FNV noemt": a generic word opening the sentence, then the organisation's own name.
            found.mention(EntityType.ORGANISATION, text(s + 1), s + 1);
        } else if (organisation) {
            found.mention(EntityType.ORGANISATION, join(s, end), s);
        } else if (end - s == 1) {
            single(s, titled);
        } else if (people.pairedWithPerson(s, end)) {
            found.person(tokens.subList(s, end).stream().map(Token::text).toList(), s);
        } else if (!titled && organisationCue(s)) {
            found.mention(EntityType.ORGANISATION, join(s, end), s);
        } else if (!titled && strongPlaceCue(s) && !lexicon.organisation(text(s)) && !INITIAL.matcher(text(s)).matches()
                && !(lexicon.firstName(text(s)) && lexicon.lastName(text(end - 1)))) {
            found.mention(EntityType.PLACE, join(s, end), s); // "in Khan Younis": a place cue outweighs an unknown name
        } else if (!titled && adjectiveFirst(s) && end - s == 2 && !ORDINALS.contains(text(s))) {
            // "Tweede Wereldoorlog", "Klassieke Oudheid": with no body word, an adjective and a noun name a
            // period, a concept or a region; taken only where the words say place.
            if (PLACE_ENDING.matcher(text(end - 1)).matches() || allPlaces(s + 1, end)) {
                found.mention(EntityType.PLACE, join(s, end), s);
            }
        } else if (!titled && adjectiveFirst(s)) {
            // "Medisch Spectrum Twente": longer, it is a body unless the words say place; never a person. An
            // ordinal opens names too ("Tweede Wereldoorlog"), kept as before for search though rarely a body.
            EntityType type = PLACE_ENDING.matcher(text(end - 1)).matches() || placeCue(s) || allPlaces(s, end)
                    ? EntityType.PLACE : EntityType.ORGANISATION;
            found.mention(type, join(s, end), s);
        } else if (people.personLike(s, end, titled)) {
            if (!titled && !lexicon.firstName(text(s))) {
                found.guessed.add(s);
            }
            found.person(tokens.subList(s, end).stream().map(Token::text).toList(), s);
            people.coordinatedGivenName(s, end);
        } else if (!lexicon.known(text(s)) && !lexicon.known(text(end - 1)) && !placeCue(s)
                && !PLACE_ENDING.matcher(text(end - 1)).matches()) {
            // Unknown words only: a person if the article uses the last one alone ("Gorzelany"), else a body.
            found.unknownRuns.add(new int[] {s, end});
        } else if (PLACE_ENDING.matcher(text(end - 1)).matches() || placeCue(s) || allPlaces(s, end)) {
            found.mention(EntityType.PLACE, join(s, end), s);
        } else {
            found.guessed.add(s);
            found.mention(EntityType.ORGANISATION, join(s, end), s);
        }
    }

    private void single(int i, boolean titled) {
        String w = text(i);
        if (titled && places.demonymOfPlace(w) && !lexicon.lastName(w)) {
            return; // "de 34-jarige Rotterdammer": an inhabitant, not a name
        } else if (titled && NAMED_SITE.matcher(w).matches() && tokens.get(i - 1).capitalised()) {
            found.mention(EntityType.PLACE, join(i - 1, i + 1), i - 1); // "Koning Boudewijnstadion"
        } else if (titled) {
            people.lone(w, i, true);
        } else if (EVENT_WORD.matcher(w).matches() || adjectiveBeforeNoun(i)) {
            return;
        } else if (i > 0 && !tokens.get(i).separated() && VENUE_CUES.contains(text(i - 1))) {
            found.mention(EntityType.PLACE, w, i);
        } else if (organisationCue(i)) {
            found.mention(EntityType.ORGANISATION, w, i);
        } else if (!lexicon.known(w) && bodyContextBefore(i)) {
            found.bodyCued.add(i); // "woordvoerder van X", "werkt bij X": a body unless a person explains the word
            people.lone(w, i, false);
        } else if (clubRules.club(w, i, lexicon.place(w))) {
            found.mention(EntityType.ORGANISATION, w, i);
        } else if (lexicon.place(w) && (!lexicon.firstName(w) || placeCue(i))) {
            Mention place = new Mention(EntityType.PLACE, w, i);
            if (lexicon.lastName(w) && !placeCue(i)) {
                found.placesOrSurnames.add(place);
            } else {
                found.mentions.add(place);
            }
        } else if (lexicon.organisation(w)) {
            found.mention(EntityType.ORGANISATION, w, i);
        } else if (i > 0 && !tokens.get(i).separated() && Set.of("de", "den").contains(text(i - 1))
                && !tokens.get(i).sentenceStart() && !tokens.get(i).credit() && !organisationWord(i)
                && !ADJECTIVE.matcher(w).matches() && !lowercaseWords.contains(w.toLowerCase(Locale.ROOT))
                && (i + 1 >= tokens.size() || tokens.get(i + 1).separated() || !tokens.get(i + 1).capitalised())
                && lexicon.known(w) && !places.demonymOfPlace(w) && !people.nameBefore(i - 1)) {
            // "de Maas", "de Geul", "de Bijlmer": a single name behind the article is a river, region or
            // building far more often than anything else; a person of that surname in the article wins.
            found.placesOrSurnames.add(new Mention(EntityType.PLACE, w, i));
        } else if (PLACE_ENDING.matcher(w).matches() && !lexicon.firstName(w) && !lexicon.lastName(w)) {
            found.mention(EntityType.PLACE, w, i);
        } else if (placeCue(i) && !lexicon.firstName(w) && !lexicon.lastName(w)) {
            found.mention(EntityType.PLACE, w, i);
        } else if (strongPlaceCue(i) && (!lexicon.lastName(w) || !Set.of("in", "uit", "te").contains(text(i - 1)))) {
            found.mention(EntityType.PLACE, w, i);
        } else if ((places.coordinatedWithCuedPlace(i) || places.inCuedList(i)) && !lexicon.firstName(w)) {
            found.mention(EntityType.PLACE, w, i); // "in Wenen en Graz": the cue covers both
        } else if (i > 0 && !tokens.get(i).separated() && text(i - 1).equalsIgnoreCase("het") && !lexicon.known(w)
                && !tokens.get(i).sentenceStart() && !tokens.get(i).credit()) {
            // "het Nivel", "het Louvre": a name behind the neuter article is a body, not a person or town.
            found.mention(EntityType.ORGANISATION, w, i);
        } else {
            people.lone(w, i, false);
        }
    }

    void compound(String stem, int i) {
        Optional<Gazetteer.Entry> known = gazetteer.lookup(stem);
        if (known.isPresent()) {
            found.add(known.get(), i);
        } else if (isAcronym(stem)) {
            found.mention(EntityType.ORGANISATION, stem, i);
        } else if (lexicon.place(stem) && !lexicon.firstName(stem)) {
            found.mention(EntityType.PLACE, stem, i);
        } else {
            people.lone(stem, i, false);
        }
    }

    /** "Keltische stammen", "Friese koeien": a capitalised adjective before the lowercase noun it describes. */
    private boolean adjectiveBeforeNoun(int i) {
        String w = text(i);
        return (w.endsWith("ische") || w.endsWith("sche") || w.endsWith("aanse") || w.endsWith("iaanse"))
                && i + 1 < tokens.size() && !tokens.get(i + 1).separated() && !tokens.get(i + 1).capitalised()
                && Character.isLetter(text(i + 1).charAt(0));
    }

    /**
     * "woordvoerder van X", "aandeelhouders van X", "werkt bij X": words that speak of a body's staff, owners
     * or workplace right before a name.
     */
    /** "topman Jan de Vries van Quooker": the name ending at {@code last} follows a role held in a body. */
    private boolean roleBeforeName(int last) {
        int k = last;
        while (k > 0 && !tokens.get(k).separated() && (tokens.get(k).capitalised() || names.particle(text(k)))
                && !roleInABody(k)) {
            k--;
        }
        return k < last && roleInABody(k) && !tokens.get(k + 1).separated();
    }

    private boolean roleInABody(int k) {
        String w = text(k).toLowerCase(Locale.ROOT);
        return BODY_ROLES_BEFORE_VAN.contains(w) || ROLES_IN_A_BODY.contains(w);
    }

    private boolean bodyContextBefore(int i) {
        if (i < 2 || tokens.get(i).separated() || tokens.get(i - 1).separated() || tokens.get(i).sentenceStart()) {
            return false;
        }
        String before = text(i - 2).toLowerCase(Locale.ROOT);
        return switch (text(i - 1)) {
            case "van" -> BODY_ROLES_BEFORE_VAN.contains(before) || roleBeforeName(i - 2);
            case "bij" -> WORK_BEFORE_BIJ.contains(before);
            default -> false;
        };
    }
}
