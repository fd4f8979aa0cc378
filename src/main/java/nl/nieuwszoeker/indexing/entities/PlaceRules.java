package nl.nieuwszoeker.indexing.entities;

import static nl.nieuwszoeker.indexing.entities.Cues.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Places of more than one word, lists of places after one cue, roads, datelines, and a town's inhabitants. */
final class PlaceRules extends ArticleWords {

    PlaceRules(ArticleWords article) {
        super(article);
    }

    /**
     * A town whose name holds a lowercase linking word: a town, or a word after a place cue, then "aan"/"op"
     * (with "de"/"den"/"het") and one capitalised word that is a place, a water or no known name; "bij" only
     * after a known name that is no town itself ("Wijk bij Duurstede", not "Houten bij Utrecht").
     */
    private static final Set<String> GERMAN_LINKERS = Set.of("am", "im", "an", "ob");

    int linkedPlaceEnd(int i) {
        if (i + 2 >= tokens.size() || tokens.get(i + 1).separated()) {
            return i;
        }
        String linker = text(i + 1);
        boolean bij = linker.equals("bij");
        boolean german = GERMAN_LINKERS.contains(linker); // "Emmerich am Rhein", "Mülheim an der Ruhr"
        if (!(linker.equals("aan") || linker.equals("op") || bij || german)) {
            return i; // checked first: it rules out almost every word at the price of one comparison
        }
        Token head = tokens.get(i);
        if (!head.capitalised() || head.allCaps() || head.credit() || !names.nameWord(head.text())
                || organisationWord(i) || titles.contains(head.text())) {
            return i;
        }
        int k = i + 2;
        if (german && !Set.of("am", "im").contains(linker)) {
            if (!text(k).equals("der")) {
                return i;
            }
            k++;
        } else if (Set.of("de", "den", "het").contains(text(k)) && !bij && !german) {
            k++;
        }
        if (k >= tokens.size() || tokens.get(k).separated() || !tokens.get(k).capitalised() || tokens.get(k).allCaps()
                || !names.nameWord(text(k)) || organisationWord(k) || lexicon.firstName(text(k))
                || lexicon.organisation(text(k))
                || gazetteer.matchAt(tokens, k).filter(m -> m.entry().type() != EntityType.PLACE).isPresent()) {
            return i;
        }
        if (k + 1 < tokens.size() && !tokens.get(k + 1).separated() && tokens.get(k + 1).capitalised()) {
            return i;
        }
        String last = text(k);
        if (COUNTRIES.contains(last)) {
            return i; // "grenst Luxemburg aan Frankrijk": no town lies "aan" a country
        }
        boolean headPlace = lexicon.place(head.text()) && !lexicon.firstName(head.text());
        boolean cued = (placeCue(i) || inCuedList(i)) && !lexicon.firstName(head.text());
        if (bij) {
            return lexicon.known(head.text()) && !lexicon.place(head.text()) && !lexicon.firstName(head.text()) && cued
                    && lexicon.onlyPlace(last) ? k + 1 : i;
        }
        boolean lastFits = lexicon.place(last) || !lexicon.known(last) || (lexicon.lastName(last) && k > i + 2);
        return (headPlace || cued) && lastFits ? k + 1 : i;
    }

    /**
     * "in de Salar de Atacama", "San Pedro de Atacama", "Ciudad Juárez": a Romance place word, then capitalised
     * words joined by de/del/la/…, is a place, not a given name with a particle.
     */
    int romancePlaceEnd(int i) {
        if (!ROMANCE_PLACE_HEADS.contains(text(i)) || tokens.get(i).credit() || i + 1 >= tokens.size()
                || tokens.get(i + 1).separated() || gazetteer.matchAt(tokens, i).isPresent()) {
            return i;
        }
        int last = i;
        int k = i + 1;
        while (k < tokens.size() && !tokens.get(k).separated()) {
            Token t = tokens.get(k);
            if (t.capitalised() && !t.allCaps() && names.nameWord(t.text()) && !organisationWord(k)
                    && !titles.contains(t.text())) {
                last = k;
                k++;
            } else if (ROMANCE_LINKERS.contains(t.text()) && k + 1 < tokens.size() && !tokens.get(k + 1).separated()
                    && tokens.get(k + 1).capitalised()) {
                k++;
            } else {
                break;
            }
        }
        if (last == i || organisationAfter(last + 1)) {
            return i;
        }
        return last + 1;
    }

    /**
     * "in Wijk bij Duurstede, Krimpen aan den IJssel, …": an item of a comma list opened by a strong place cue.
     * Walks back over the earlier items (capitalised words and the linking words of town names) to the cue.
     */
    boolean inCuedList(int i) {
        int k = i;
        for (int items = 0; items < 12; items++) {
            if (k == 0 || !tokens.get(k).separated() || tokens.get(k).sentenceStart() || !tokens.get(k).capitalised()) {
                return false;
            }
            int j = k - 1;
            while (true) {
                Token u = tokens.get(j);
                if (!u.capitalised() && !TOWN_LINKERS.contains(u.text())) {
                    return STRONG_PLACE_CUES.contains(u.text().toLowerCase(Locale.ROOT)) && j + 1 < k;
                }
                if (u.separated()) {
                    k = j;
                    break;
                }
                if (j == 0) {
                    return false;
                }
                j--;
            }
        }
        return false;
    }

    /** The word after "en"/"of" that follows a place found after a strong place cue ("in Kaapstad en …"). */
    boolean coordinatedWithCuedPlace(int i) {
        if (i < 3 || tokens.get(i).separated() || tokens.get(i - 1).separated()
                || !Set.of("en", "of").contains(text(i - 1)) || found.mentions.isEmpty()) {
            return false;
        }
        Mention before = found.mentions.get(found.mentions.size() - 1);
        int words = before.value().split(" ").length;
        return before.type() == EntityType.PLACE && before.position() + words == i - 1
                && strongPlaceCue(before.position());
    }

    /** A capitalised word such as Stadion, Plein or Arena right at {@code j}, in the same phrase. */
    boolean placeWordAfter(int j) {
        return j < tokens.size() && !tokens.get(j).separated() && tokens.get(j).capitalised()
                && !tokens.get(j).allCaps() && PLACE_ENDING.matcher(text(j)).matches() && !lexicon.known(text(j))
                && gazetteer.matchAt(tokens, j).isEmpty();
    }

    /** "Haarlemmer", "Amsterdammer", "Leidenaar": an inhabitant, not the town. */
    boolean demonymOfPlace(String w) {
        for (String end : List.of("mer", "ner", "er", "aar", "ënaar", "enaar")) {
            if (w.length() > end.length() + 2 && w.endsWith(end)
                    && lexicon.place(w.substring(0, w.length() - end.length()))) {
                return true;
            }
        }
        return false;
    }

    /** A1, N270: checked first by length and letter, since every word that gets this far is tried. */
    static boolean road(String w) {
        return w.length() >= 2 && w.length() <= 4 && (w.charAt(0) == 'A' || w.charAt(0) == 'N')
                && ROAD.matcher(w).matches();
    }

    /** A paragraph opening with a place in capitals and a dash, as agencies write: "ACCRA - Smokkelaars …". */
    int datelineEnd(int i) {
        if (i > 0 && tokens.get(i).gap().indexOf('\n') < 0 || !tokens.get(i).allCaps()) {
            return i;
        }
        int end = i + 1;
        while (end < tokens.size() && end - i < 4 && tokens.get(end).gap().equals(" ") && tokens.get(end).allCaps()) {
            end++;
        }
        if (end >= tokens.size() || !Set.of("-", "–", "—").contains(tokens.get(end).gap().strip())) {
            return i;
        }
        String written = join(i, end);
        String name = placeName(i, end);
        boolean body = gazetteer.lookup(written).or(() -> gazetteer.lookup(name)).map(e -> e.type() == EntityType.ORGANISATION).orElse(false)
                || (lexicon.organisation(written) || lexicon.organisation(name)) && !lexicon.place(name);
        return body ? i : end;
    }

    /** "DEN HAAG" as "Den Haag", "'S-HERTOGENBOSCH" as "'s-Hertogenbosch", or as the list writes it. */
    String placeName(int start, int end) {
        List<String> words = new ArrayList<>();
        for (int j = start; j < end; j++) {
            String lower = text(j).toLowerCase(Locale.ROOT);
            // The tokenizer leaves the apostrophe of "'S-HERTOGENBOSCH" in the gap.
            boolean apostrophe = j == start && lower.startsWith("s-") && tokens.get(j).gap().matches("(?s).*['’]");
            String prefix = lower.startsWith("'s-") ? "'s-" : apostrophe ? "s-" : "";
            StringBuilder word = new StringBuilder(apostrophe ? "'" + prefix : prefix);
            // "HOEK VAN HOLLAND": the linking words of a place name stay lowercase.
            boolean upper = j == start || !(names.particle(lower) || Set.of("op", "aan", "bij", "am", "an").contains(lower));
            for (char ch : lower.substring(prefix.length()).toCharArray()) {
                word.append(upper ? Character.toUpperCase(ch) : ch);
                upper = ch == '-';
            }
            words.add(word.toString());
        }
        String name = String.join(" ", words);
        return gazetteer.lookup(name).map(Gazetteer.Entry::canonical).orElse(name);
    }
}
