package nl.nieuwszoeker.indexing.entities;

import static nl.nieuwszoeker.indexing.entities.Cues.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Whether a run of name words is a person, surnames written alone, and the lone words kept for {@link Resolution}. */
final class PersonRules extends ArticleWords {

    PersonRules(ArticleWords article) {
        super(article);
    }

    /** "Te Kloese", "Van der Poel", "De Wever": a surname written without the given name. */
    int particleLedSurname(int i) {
        Token token = tokens.get(i);
        if (!token.capitalised() || !names.particle(token.text())) {
            return i;
        }
        int k = i + 1;
        while (k < tokens.size() && !tokens.get(k).separated() && names.particle(text(k)) && !tokens.get(k).capitalised()) {
            k++;
        }
        // "De Universiteit van Amsterdam", "De Koninklijke Nederlandse …": a longer name, not a surname.
        // A listed word may still be the surname after "Van": "Van Pelt", "Van Groen".
        if (k < tokens.size() && !tokens.get(k).separated() && nameWord(k) && notTakenByList(token, k)
                && !organisationWord(k) && !PLACE_ENDING.matcher(text(k)).matches()
                && (k + 1 >= tokens.size() || tokens.get(k + 1).separated() || !tokens.get(k + 1).capitalised())) {
            return k + 1;
        }
        return i;
    }

    /** Not listed, or listed as one word that is also a surname after "Van", which opens no town's name. */
    private boolean notTakenByList(Token particle, int k) {
        Optional<Gazetteer.Match> listed = gazetteer.matchAt(tokens, k);
        return listed.isEmpty()
                || VAN.contains(particle.text()) && lexicon.lastName(text(k)) && listed.get().length() == 1;
    }

    /** "Botic van de Zandschulp": particles right after a capitalised word belong to a name. */
    boolean nameBefore(int particle) {
        int k = beforeParticles(particle + 1);
        return k < particle && !tokens.get(k + 1).separated() && tokens.get(k).capitalised();
    }

    /** "Arnon Grunberg en Hanna Bervoets": two unknown words joined by "en" to a given name and surname. */
    boolean pairedWithPerson(int s, int end) {
        if (end - s != 2 || end + 2 >= tokens.size() || !text(end).equals("en") || tokens.get(end).separated()
                || tokens.get(end + 1).separated() || tokens.get(end + 2).separated()) {
            return false;
        }
        return lexicon.firstName(text(end + 1)) && nameWord(end + 2) && !lexicon.place(text(end + 1))
                && !lexicon.place(text(s)) && !organisationWord(end + 2) && !organisationWord(end + 1);
    }

    boolean personLike(int s, int end, boolean titled) {
        String first = text(s);
        String last = text(end - 1);
        if (PLACE_ENDING.matcher(last).matches() && !lexicon.firstName(first)) {
            return false;
        }
        if (titled && !lexicon.onlyPlace(first)) {
            return true; // "directeur Alex Kroes" although Alex is also a bank
        }
        if (lexicon.onlyPlace(first) || lexicon.organisation(first)) {
            return false;
        }
        if (end - s >= 2 && Set.of("La", "Las", "Los", "Les", "Il", "Die", "Das").contains(first)
                && !tokens.get(s).sentenceStart()) {
            return false; // "La Familia Michoacana", "Los Tlacos": a foreign article opens a body's name
        }
        if (!lexicon.known(first) && ADJECTIVE_FIRST.matcher(first).matches() && !titled) {
            return false; // "Nationaal Hitteplan", "Centraal Bureau"
        }
        // "Botic van de Zandschulp": particles between two words end in a surname.
        boolean particles = end - s >= 3 && names.particle(text(s + 1)) && lexicon.lastName(last);
        return lexicon.firstName(first) || titled || particles
                || (!lexicon.known(first) && lexicon.lastName(last))
                || ((!lexicon.known(first) || lexicon.onlyLastName(first)) && spoken(s, end))
                || end - s >= 2 && personContextAfter(end);
    }

    /**
     * What news and reference text write only after a person's name: an age or life dates in brackets ("Jan
     * Dekker (45)", "Augustus De Morgan (1806-1871)"), or a comma and a job ("Ilse Vos, directeur van …").
     */
    private boolean personContextAfter(int end) {
        if (end >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(end);
        String w = next.text();
        if (next.gap().strip().equals("(")) {
            boolean age = w.matches("\\d{1,3}") && Integer.parseInt(w) <= 110 && end + 1 < tokens.size()
                    && tokens.get(end + 1).gap().strip().startsWith(")");
            boolean born = w.matches("(1[0-9]{3}|20[0-9]{2})-(1[0-9]{3}|20[0-9]{2})")
                    || w.matches("1[0-9]{3}|20[0-9]{2}") && end + 1 < tokens.size()
                    && tokens.get(end + 1).gap().strip().matches("[-–—]");
            return age || born || Set.of("geboren", "geb.").contains(w);
        }
        if (next.gap().strip().equals(",")) {
            int k = Set.of("de", "het", "een").contains(w) && end + 1 < tokens.size() ? end + 1 : end;
            return !tokens.get(k).capitalised() && titles.contains(text(k)) && !kindOfBody(text(k));
        }
        return false;
    }

    /**
     * "zegt Agustina Gorzelany", "Tine Roose zei": a verb of saying right before or after a run of unknown words
     * makes it a person; without one such a run ("North Sea Port", "Tokyo Electron") is more often a body.
     */
    private boolean spoken(int s, int end) {
        boolean before = s > 0 && !tokens.get(s).separated() && SPEECH_VERBS.contains(text(s - 1));
        boolean after = end < tokens.size() && !tokens.get(end).separated() && SPEECH_VERBS.contains(text(end));
        return before || after;
    }

    /** Marks a lone word directly before "en" + full name as a possible coordinated given name. */
    void coordinatedGivenName(int start, int end) {
        if (start < 2 || found.loneWords.isEmpty()) {
            return;
        }
        Token conjunction = tokens.get(start - 1);
        if (!conjunction.text().equals("en") || conjunction.separated() || tokens.get(start).separated()) {
            return;
        }
        LoneWord last = found.loneWords.get(found.loneWords.size() - 1);
        if (last.position() == start - 2) {
            List<String> surname = tokens.subList(start + 1, end).stream().map(Token::text).toList();
            found.loneWords.set(found.loneWords.size() - 1, new LoneWord(last.word(), last.position(), surname,
                    last.titled(), last.written(), last.person()));
        }
    }

    void lone(String word, int position, boolean titled) {
        // Mid-sentence, a capitalised word the lexicon knows as a given or family name names a person.
        // A given name that is also a town somewhere (Ginny, Hugo, Fred) is the person unless the article
        // uses it as a place.
        boolean person = titled || (!tokens.get(position).sentenceStart() && !articleBefore(position)
                && (!lexicon.place(word) || lexicon.firstName(word))
                && !lexicon.organisation(word) && (lexicon.firstName(word) || lexicon.lastName(word)));
        found.loneWords.add(new LoneWord(word, position, List.of(), titled, word, person));
    }
}
