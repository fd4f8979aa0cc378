package nl.nieuwszoeker.indexing.entities;

import static nl.nieuwszoeker.indexing.entities.Cues.*;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One article's tokens, the lists the rules read and what the scan has found so far, with the questions every rule
 * asks of the word at a position: a name word, a title, an acronym, a place, a cue before it. Each kind of rule of a
 * {@link Scan} extends it over the same tokens, lists, findings and cache of place ends, so the rules read words as
 * directly as one class would.
 */
abstract class ArticleWords {

    /** Dutch names of countries, whose national teams play as the country's name and are not typed as clubs. */
    static final Set<String> COUNTRIES = java.util.Arrays.stream(Locale.getISOCountries())
            .map(GazetteerLoader::countryName).collect(Collectors.toUnmodifiableSet());

    final List<Token> tokens;
    final Set<String> lowercaseWords;
    /** True when the article uses two or more sport words; only then are clubs looked for. */
    final boolean sport;
    final Gazetteer gazetteer;
    final NameRules names;
    final NameLexicon lexicon;
    final WordLists titles;
    final WordLists organisationWords;
    final WordLists clubs;
    /** What the scan has found so far in this article; one for all kinds of rule. */
    final Findings found;
    private final Lists lists;
    /** {@link #placeEnd} per token, -1 until asked; shared by every kind of rule of one scan. */
    private final int[] placeEnds;

    /** The immutable lists the rules read, loaded once and shared by every scan. */
    record Lists(Gazetteer gazetteer, NameRules names, NameLexicon lexicon, WordLists titles,
                 WordLists organisationWords, WordLists clubs) {
    }

    /** @param lowercaseWords the words the text itself writes in lowercase */
    ArticleWords(List<Token> tokens, Set<String> lowercaseWords, boolean sport, Lists lists) {
        this(tokens, lowercaseWords, sport, lists, new Findings(), new int[tokens.size()]);
        java.util.Arrays.fill(placeEnds, -1);
    }

    /** The same article, lists and cache, read by another kind of rule. */
    ArticleWords(ArticleWords article) {
        this(article.tokens, article.lowercaseWords, article.sport, article.lists, article.found, article.placeEnds);
    }

    private ArticleWords(List<Token> tokens, Set<String> lowercaseWords, boolean sport, Lists lists, Findings found,
                         int[] placeEnds) {
        this.tokens = tokens;
        this.lowercaseWords = lowercaseWords;
        this.sport = sport;
        this.lists = lists;
        this.gazetteer = lists.gazetteer();
        this.names = lists.names();
        this.lexicon = lists.lexicon();
        this.titles = lists.titles();
        this.organisationWords = lists.organisationWords();
        this.clubs = lists.clubs();
        this.found = found;
        this.placeEnds = placeEnds;
    }

    String text(int i) {
        return tokens.get(i).text();
    }

    /** End of a place right at {@code i} (gazetteer or lexicon), or {@code i} when there is none. */
    int placeEnd(int i) {
        // Many rules ask this of the same word; the gazetteer and lexicon lookups are the scan's main cost.
        if (placeEnds[i] < 0) {
            placeEnds[i] = lookUpPlaceEnd(i);
        }
        return placeEnds[i];
    }

    int lookUpPlaceEnd(int i) {
        Optional<Gazetteer.Match> m = gazetteer.matchAt(tokens, i);
        if (m.isPresent()) {
            return m.get().entry().type() == EntityType.PLACE ? i + m.get().length() : i;
        }
        String w = text(i);
        return tokens.get(i).capitalised() && lexicon.place(w) ? i + 1 : i;
    }

    boolean startsName(int i) {
        return nameWord(i) && !ordinaryWordAtSentenceStart(i);
    }

    /** A capitalised word that may be (part of) a name: not a function word, title, month or demonym. */
    /**
     * Where the lowercase particles that end right before {@code j} begin, minus one: the word they follow ("Ingrid"
     * for "Ingrid van Pelt" at Pelt), or {@code j - 1} when no particle stands there. Stops at punctuation.
     */
    int beforeParticles(int j) {
        int k = j - 1;
        while (k > 0 && !tokens.get(k).separated() && names.particle(text(k)) && !tokens.get(k).capitalised()) {
            k--;
        }
        return k;
    }

    boolean nameWord(int i) {
        String w = text(i);
        if (!names.nameWord(w) && givenNameInMidSentence(i)) {
            return true;
        }
        if (!names.nameWord(w) || title(w) || placeAdjective(w)) {
            return false;
        }
        if (lexicon.known(w) || !DEMONYM.matcher(w).matches() || PLACE_ENDING.matcher(w).matches()) {
            return true;
        }
        // "Hugo Coveliers", "Ward Beysen": after a given name a demonym-shaped word is a surname.
        if (i > 0 && !tokens.get(i).separated() && tokens.get(i - 1).capitalised()
                && lexicon.firstName(text(i - 1))) {
            return true;
        }
        // "Farmers Defence Force" is a name; "Zwollenaren kunnen" and "Braziliaanse aanvaller" are not.
        return i + 1 < tokens.size() && !tokens.get(i + 1).separated() && tokens.get(i + 1).capitalised()
                && names.nameWord(text(i + 1));
    }

    /** "Elke Van den Brandt", "Augustus De Morgan": capitalised in mid-sentence, a given name before a name. */
    boolean givenNameInMidSentence(int i) {
        Token t = tokens.get(i);
        if (t.sentenceStart() || t.allCaps() || !t.capitalised() || !lexicon.firstName(t.text())
                || i + 1 >= tokens.size() || tokens.get(i + 1).separated()) {
            return false;
        }
        int k = i + 1;
        while (k < tokens.size() && !tokens.get(k).separated() && names.particle(text(k))) {
            k++;
        }
        return k < tokens.size() && !tokens.get(k).separated() && tokens.get(k).capitalised()
                && names.nameWord(text(k)) && (lexicon.lastName(text(k)) || !lexicon.known(text(k)));
    }

    /** "Delftse", "Utrechtse": the adjective of a town is no place. */
    boolean placeAdjective(String w) {
        return w.length() > 4 && w.endsWith("se") && gazetteer.lookup(w).isEmpty() && !lexicon.lastName(w)
                && !lexicon.firstName(w)
                && (lexicon.place(w.substring(0, w.length() - 2)) || lexicon.place(w.substring(0, w.length() - 1)));
    }

    /** "Telegram" opening a sentence in a text that also writes "telegram" is the common noun; "IS" is not. */
    boolean ordinaryWord(int i, Gazetteer.Match match) {
        return match.length() == 1 && ordinaryWordAtSentenceStart(i);
    }

    boolean ordinaryWordAtSentenceStart(int i) {
        Token token = tokens.get(i);
        if (!token.sentenceStart() || token.allCaps() || !lowercaseWords.contains(token.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "Universiteit Leiden stopt" opens with a name although the text also writes "de universiteit".
        boolean nameFollows = i + 1 < tokens.size() && !tokens.get(i + 1).separated()
                && tokens.get(i + 1).capitalised() && names.nameWord(text(i + 1)) && organisationWords.contains(token.text());
        return !nameFollows;
    }

    /** CDA, RIVM, and the mixed ones with a lowercase letter or two: PvdA, KvK, LSVb. */
    boolean isAcronym(String w) {
        if (!Character.isUpperCase(w.codePointAt(0)) || w.endsWith(".")) {
            return false;
        }
        int[] counts = NameRules.letterCounts(w);
        int letters = counts[0];
        int capitals = counts[1];
        return letters >= 2 && letters <= 6
                && (capitals == letters || (capitals >= 2 && capitals * 2 >= letters && !w.contains(".")))
                && !NOT_ACRONYMS.contains(w) && !ROMAN.matcher(w).matches() && !CODE.matcher(w).matches();
    }

    /** An acronym, not a word of a headline set in capitals ("LEGER EIST AANSLAG OP"). */
    boolean acronym(int i) {
        if (!isAcronym(text(i))) {
            return false;
        }
        boolean capsBefore = i > 0 && !tokens.get(i).separated() && capsWord(i - 1);
        boolean capsAfter = i + 1 < tokens.size() && !tokens.get(i + 1).separated() && capsWord(i + 1);
        return !capsBefore && !capsAfter;
    }

    boolean capsWord(int i) {
        Token t = tokens.get(i);
        return t.allCaps() && t.text().length() >= 3 && gazetteer.matchAt(tokens, i).isEmpty();
    }

    boolean organisationWord(int i) {
        String w = text(i);
        return organisationWords.contains(w) || (tokens.get(i).allCaps() && isAcronym(w));
    }

    boolean articleWord(String w) {
        return Set.of("de", "het", "den").contains(w.toLowerCase(Locale.ROOT));
    }

    /** "de IJssel", "het Nivel": a single name right after an article is a thing, a place or a body. */
    boolean articleBefore(int i) {
        return i > 0 && !tokens.get(i).separated() && Set.of("de", "het", "den").contains(text(i - 1));
    }

    boolean nameAdjective(int i) {
        Token t = tokens.get(i);
        String w = t.text();
        if (!t.capitalised() || t.allCaps() || w.length() < 4) {
            return false;
        }
        // The last letter first: the expression runs only for words that may end in -aal, -isch, -lijk, -ief.
        char last = w.charAt(w.length() - 1);
        boolean shape = last == 'e' || "lhkfr".indexOf(last) >= 0 && ADJECTIVE_FIRST.matcher(w).matches();
        return shape && names.nameWord(w) && !lexicon.known(w) && !DEMONYM.matcher(w).matches() && !title(w);
    }

    boolean nationalityAdjective(int i) {
        Token t = tokens.get(i);
        return t.capitalised() && !t.allCaps() && t.text().endsWith("e") && DEMONYM.matcher(t.text()).matches();
    }

    /**
     * A capitalised adjective no name list knows as a name: "Tweede", "Klassieke", "Zeeuwse", "Koninklijk".
     * Given names of that shape ("Ilse", "Brigitte") are in the lexicon and so never count.
     */
    boolean adjectiveFirst(int i) {
        Token t = tokens.get(i);
        String w = t.text();
        if (!t.capitalised() || t.allCaps() || lexicon.firstName(w) || lexicon.lastName(w) || lexicon.place(w)
                || lexicon.organisation(w) || w.length() < 4) {
            return false;
        }
        return ADJECTIVE.matcher(w).matches() || ADJECTIVE_FIRST.matcher(w).matches()
                || PLAIN_ADJECTIVES.contains(w);
    }

    boolean allPlaces(int s, int end) {
        for (int i = s; i < end; i++) {
            if (!lexicon.place(text(i)) && !names.particle(text(i))) {
                return false;
            }
        }
        return true;
    }

    boolean titledAt(int i) {
        return i > 0 && !tokens.get(i).separated() && (title(text(i - 1)) || AGE.matcher(text(i - 1)).matches());
    }

    /** "Landbouwminister" ends in a title, but the surname Beljaarts does not end in "arts". */
    boolean title(String w) {
        if (kindOfBody(w.toLowerCase(Locale.ROOT))) {
            return false; // "Marktonderzoeker NielsenIQ": a firm's kind, though it ends in the job "onderzoeker"
        }
        return titles.containsWhole(w) || (titles.contains(w) && !lexicon.known(w));
    }

    boolean placeCue(int i) {
        if (i > 0 && !tokens.get(i).separated() && PLACE_CUES.contains(text(i - 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        return i > 1 && !tokens.get(i).separated() && !tokens.get(i - 1).separated()
                && Set.of("de", "het").contains(text(i - 1))
                && PLACE_CUES_WITH_ARTICLE.contains(text(i - 2).toLowerCase(Locale.ROOT))
                || listedAfter(i, PLACE_PLURAL);
    }

    /** "in Valencia", "de regio Valencia": a place even where the word is also a given name. */
    boolean strongPlaceCue(int i) {
        return i > 0 && !tokens.get(i).separated()
                && STRONG_PLACE_CUES.contains(text(i - 1).toLowerCase(Locale.ROOT)) || listedAfter(i, PLACE_PLURAL);
    }

    boolean organisationCue(int i) {
        if (i == 0 || tokens.get(i).separated()) {
            return listedAfter(i, ORGANISATION_PLURAL);
        }
        Token before = tokens.get(i - 1);
        String cue = before.text().toLowerCase(Locale.ROOT);
        if (before.capitalised() && !before.sentenceStart()) {
            return false;
        }
        if (kindOfBody(cue)) {
            return true;
        }
        return ORGANISATION_PLURAL.matcher(cue).matches() || listedAfter(i, ORGANISATION_PLURAL);
    }

    /**
     * "dorpen als Paiporta en Chiva", "webwinkels als Bol en Amazon", "woningcorporaties Mitros en Bo-Ex":
     * names listed after a plural noun (and "als") are of the kind the noun says. Walks back over the list.
     */
    boolean listedAfter(int i, Pattern plural) {
        int k = i - 1;
        while (k >= 0) {
            String w = text(k);
            if (!tokens.get(k + 1).separated() && (w.equals("als") || w.equals("zoals"))) {
                // "scheepsfirma's, zoals Exmar": "zoals" may follow a comma, "als" may not.
                boolean joined = !tokens.get(k).separated() || w.equals("zoals") && tokens.get(k).gap().strip().equals(",");
                return k > 0 && joined && plural.matcher(text(k - 1)).matches();
            }
            if (!tokens.get(k + 1).separated() && plural.matcher(w).matches() && !tokens.get(k).capitalised()) {
                return true;
            }
            boolean listSeparator = (w.equals("en") || w.equals("of")) && !tokens.get(k + 1).separated();
            boolean comma = tokens.get(k + 1).separated() && !tokens.get(k + 1).sentenceStart()
                    && tokens.get(k).capitalised();
            if (listSeparator) {
                k--;
                if (k < 0 || !tokens.get(k).capitalised() || tokens.get(k + 1).separated()) {
                    return false;
                }
                k = startOfCapitalised(k) - 1;
            } else if (comma) {
                k = startOfCapitalised(k) - 1;
            } else {
                return false;
            }
        }
        return false;
    }

    int startOfCapitalised(int k) {
        while (k > 0 && !tokens.get(k).separated() && tokens.get(k - 1).capitalised()) {
            k--;
        }
        return k;
    }

    /** A capitalised organisation word right at {@code j}, in the same phrase. */
    boolean organisationAfter(int j) {
        return j < tokens.size() && !tokens.get(j).separated() && tokens.get(j).capitalised()
                && organisationWords.contains(text(j)) && !titles.contains(text(j));
    }

    /** The words with a space between them; an ampersand or a comma inside a name stays ("Research & Development"). */
    String join(int start, int end) {
        StringBuilder name = new StringBuilder(text(start));
        for (int k = start + 1; k < end; k++) {
            String gap = tokens.get(k).gap();
            String kept = gap.length() == 1 ? gap : gap.strip(); // most gaps are one space
            name.append(kept.equals("&") ? " & " : kept.equals(",") ? ", " : " ").append(text(k));
        }
        return name.toString();
    }
}
