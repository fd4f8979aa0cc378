package nl.nieuwszoeker.indexing.entities;

import static nl.nieuwszoeker.indexing.entities.Cues.*;

import java.util.Optional;
import java.util.Set;

/** Where a name that starts at a word ends: particles join persons' names, linking words organisations'. */
final class Spans extends ArticleWords {

    Spans(ArticleWords article) {
        super(article);
    }

    /** The end of a run of name words from {@code start}: particles join persons' names, linking words organisations'. */
    int runEnd(int start) {
        boolean organisation = organisationWord(start);
        int j = start + 1;
        while (j < tokens.size() && !tokens.get(j).separated()) {
            if (suspendedCompound(j)) {
                organisation |= organisationWord(j + 1);
                j += 2;
                continue;
            }
            if (organisation && j - start >= 2 && tokens.get(j).allCaps() && isAcronym(text(j))
                    && !tokens.get(j - 1).allCaps()) {
                break; // "Vereniging Nederlandse Reisbranche ANVR": the acronym after a long name is its short form
            }
            if (continues(j, organisation)) {
                organisation |= organisationWord(j);
                j++;
                continue;
            }
            int k = j;
            while (k < tokens.size() && !tokens.get(k).separated() && linker(k, organisation)) {
                k++;
            }
            if (organisation && k == j && !tokens.get(j).separated() && j + 1 < tokens.size()
                    && !tokens.get(j + 1).separated() && joinsWithEn(start, j, j + 1)) {
                j += 2;
                continue;
            }
            if (k > j && k < tokens.size() && !tokens.get(k).separated()
                    && (continues(k, organisation) || titleAsSurname(k, organisation))
                    && !cutWord(k) // "de Egmont- en de Stuyvenbergakkoorden": a cut word, no name
                    && (organisation ? (!lexicon.firstName(text(k)) || placeNotGivenName(k))
                            && (!Set.of("aan", "op").contains(text(j))
                            || bodyWordIn(start, j)) : particleMayFollow(start, j, k))) {
                organisation |= organisationWord(k);
                j = k + 1;
                continue;
            }
            break;
        }
        return j;
    }

    /** "Universiteit van Colorado": a place the lexicon also lists as a given name, with no surname after it. */
    private boolean placeNotGivenName(int k) {
        return lexicon.place(text(k)) && (k + 1 >= tokens.size() || tokens.get(k + 1).separated()
                || !tokens.get(k + 1).capitalised() && !names.particle(text(k + 1)));
    }

    /** "Ruud de Koning", "Jan de Paus": after a particle, a title the lexicon lists as a surname is the surname. */
    private boolean titleAsSurname(int k, boolean organisation) {
        return !organisation && tokens.get(k).capitalised() && titles.contains(text(k)) && lexicon.lastName(text(k));
    }

    private boolean cutWord(int k) {
        return text(k).endsWith("-") || k + 1 < tokens.size() && tokens.get(k + 1).gap().strip().startsWith("-");
    }

    /**
     * "Theater aan de Parade" holds a body word before "aan"; "DP World aan het Deurganckdok" only an acronym,
     * so there "aan" leads to the body's site, not its name.
     */
    private boolean bodyWordIn(int start, int end) {
        for (int k = start; k < end; k++) {
            if (organisationWords.contains(text(k)) && !tokens.get(k).allCaps()) {
                return true;
            }
        }
        return false;
    }

    /** "Voedsel- en Warenautoriteit": after a word cut at its hyphen, "en" and the next word belong to the name. */
    private boolean suspendedCompound(int j) {
        return text(j - 1).endsWith("-") && Set.of("en", "of").contains(text(j)) && j + 1 < tokens.size()
                && !tokens.get(j + 1).separated() && tokens.get(j + 1).capitalised();
    }

    private boolean continues(int j, boolean organisation) {
        Token t = tokens.get(j);
        if (organisation) {
            return (t.capitalised() && !titles.contains(t.text()) && names.nameWord(t.text()))
                    || (t.allCaps() && isAcronym(t.text()))
                    || placeEnd(j) == j + 1
                    || adjectiveInName(j);
        }
        Optional<Gazetteer.Match> known = gazetteer.matchAt(tokens, j);
        if (known.isPresent()) {
            int after = j + known.get().length();
            // "Royal Schiphol Group": a known body whose last word is a body word may carry a longer name.
            boolean bodyWordLast = known.get().entry().type() == EntityType.ORGANISATION
                    && organisationWords.contains(text(after - 1)) && tokens.get(after - 1).capitalised();
            return organisationAfter(after) || bodyWordLast || surnameAfterGivenName(j, known.get());
        }
        return nameWord(j) || (t.allCaps() && organisationWords.contains(t.text()))
                || (ROMAN.matcher(t.text()).matches() && t.text().length() <= 4);
    }

    /**
     * "Jan Groen", "Ingrid van Pelt": a listed one-word name that is also a surname, right after a given name and its
     * particles, is that person's surname, not the party or the town.
     */
    private boolean surnameAfterGivenName(int j, Gazetteer.Match known) {
        if (known.length() != 1 || !lexicon.lastName(text(j))) {
            return false;
        }
        int k = beforeParticles(j);
        return k >= 0 && !tokens.get(k + 1).separated() && !tokens.get(j).separated() && tokens.get(k).capitalised()
                && lexicon.firstName(text(k)) && gazetteer.matchAt(tokens, k).isEmpty();
    }

    /** "Vereniging van Nederlandse Gemeenten": a nationality adjective inside a body's name, before a name word. */
    private boolean adjectiveInName(int j) {
        Token t = tokens.get(j);
        return t.capitalised() && !t.allCaps() && !names.nameWord(t.text()) && !titles.contains(t.text())
                && (HOME_ADJECTIVES.contains(t.text()) || DEMONYM.matcher(t.text()).matches())
                && j + 1 < tokens.size() && !tokens.get(j + 1).separated() && tokens.get(j + 1).capitalised()
                && names.nameWord(text(j + 1));
    }

    private boolean linker(int k, boolean organisation) {
        String w = text(k);
        if (organisation && tokens.get(k - 1).allCaps()) {
            return false; // "de MIVB aan het Brussels Parlement": an acronym is the whole name
        }
        if (organisation) {
            return Set.of("van", "voor", "de", "der", "den", "het", "op", "aan", "of", "for", "and", "&", "De", "Het",
                    "Van", "Voor", "Der").contains(w);
        }
        return names.particle(w);
    }

    /**
     * "Inspectie Leefomgeving en Transport", "Waterschap Aa en Maas": "en" joins one last word to a body's name
     * of two or more words; not a second body ("Rabobank en ING", "KLM en Transavia").
     */
    private boolean joinsWithEn(int start, int j, int k) {
        if (k != j + 1 || !text(j).equals("en") || j - start < 2 || k >= tokens.size()) {
            return false;
        }
        String w = text(k);
        boolean last = k + 1 >= tokens.size() || tokens.get(k + 1).separated() || !tokens.get(k + 1).capitalised();
        return last && tokens.get(k).capitalised() && !tokens.get(k).allCaps() && !organisationWords.contains(w)
                && !lexicon.organisation(w) && gazetteer.matchAt(tokens, k).isEmpty();
    }

    /** "Els van Doesburg" but not "Cor Lamers van Schiedam": only given names may precede a particle. */
    private boolean particleMayFollow(int start, int end, int surname) {
        if (end - start == 1) {
            // "Botic van de Zandschulp": two particles before a known surname join even an unknown given name.
            boolean twoParticles = surname - end >= 2 && lexicon.lastName(text(surname))
                    && !lexicon.organisation(text(surname)) && !lexicon.onlyPlace(text(surname));
            // An unknown word before "van" is a given name only where a surname follows or mid-sentence:
            // "Kritiek van Hans", "Hervorming van de Instellingen" open a sentence or a heading.
            boolean unknownGiven = !lexicon.known(text(start))
                    && (lexicon.lastName(text(surname)) || !tokens.get(start).sentenceStart());
            return lexicon.firstName(text(start)) || unknownGiven || twoParticles;
        }
        for (int i = start; i < end; i++) {
            if (!lexicon.firstName(text(i))) {
                return false;
            }
        }
        return true;
    }
}
