package nl.nieuwszoeker.indexing.entities;

import static nl.nieuwszoeker.indexing.entities.Cues.*;

import java.util.Set;

/** In sports articles: a club named after its town, and a town's name used for its club in a match report. */
final class ClubRules extends ArticleWords {

    ClubRules(ArticleWords article) {
        super(article);
    }

    /**
     * In a sports article, "Heracles Almelo", "VOC Amsterdam", "Standard Luik": one to three capitalised words no
     * list knows as a place or given name, right before a town that ends the phrase, name a club.
     */
    int clubWithTown(int i) {
        Token first = tokens.get(i);
        if (!sport || !first.capitalised() || first.credit() || i + 1 >= tokens.size()
                || tokens.get(i + 1).separated() || !tokens.get(i + 1).capitalised()) {
            return i;
        }
        int k = i + 1;
        while (k < tokens.size() && k - i <= 3 && !tokens.get(k).separated() && tokens.get(k).capitalised()
                && placeEnd(k) == k) {
            k++;
        }
        if (k >= tokens.size() || tokens.get(k).separated() || !tokens.get(k).capitalised() || k - i > 3) {
            return i;
        }
        if (!names.nameWord(first.text()) && !first.allCaps() || ordinaryWordAtSentenceStart(i) || titledAt(i)
                || title(first.text()) || strongPlaceCue(i) || placeEnd(i) > i && !lexicon.organisation(first.text())) {
            return i;
        }
        int end = placeEnd(k); // beyond k: the loop stopped at the town
        // A given name before the town ("Kees Dijkhuizen") makes a club only in a match's words ("van Heracles
        // Almelo" after a score).
        boolean person = java.util.stream.IntStream.range(i, k).anyMatch(j -> lexicon.firstName(text(j)))
                && (k - i > 1 || !inMatch(i, end));
        if (person || lexicon.firstName(text(k)) || COUNTRIES.contains(join(k, end))
                || end < tokens.size() && !tokens.get(end).separated() && tokens.get(end).capitalised()
                || Findings.uniqueBySurname(found.persons, text(k - 1)).isPresent()) {
            return i;
        }
        return end;
    }

    /** @param town true for a name known as a place (a country's team is not its club) */
    boolean club(String name, int i, boolean town) {
        if (!sport || placeCue(i)) {
            return false;
        }
        if (clubs.contains(name)) {
            return true;
        }
        if (town && !COUNTRIES.contains(name) && inMatch(i, i + name.split(" ").length)) {
            found.matchClubs.add(name);
            return true;
        }
        return false;
    }

    /**
     * In a match report, a town's name after "tegen", after a score and "van"/"bij" ("met 3-2 van Laren"), or
     * beside a verb of winning or playing ("won Den Bosch", "Amsterdam speelde") is the town's club.
     */
    private boolean inMatch(int start, int end) {
        if (start > 0 && !tokens.get(start).separated()) {
            String before = text(start - 1);
            if (before.equals("tegen") || MATCH_VERBS.contains(before)) {
                return true;
            }
            if (Set.of("van", "bij").contains(before) && start > 1 && !tokens.get(start - 1).separated()
                    && SCORE.matcher(text(start - 2)).matches()) {
                return true;
            }
        }
        return end < tokens.size() && !tokens.get(end).separated() && MATCH_VERBS.contains(text(end));
    }
}
