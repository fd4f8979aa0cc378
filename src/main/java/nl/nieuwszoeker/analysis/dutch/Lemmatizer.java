package nl.nieuwszoeker.analysis.dutch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Picks one lemma per lower-cased word form from the lexicon. Not thread-safe (its lexicon reader and stemmer are
 * not); one per filter instance. What it learns about a form goes to the node-wide {@link NodeCache}, so another
 * thread or filter meeting the same word does not look it up again; a known token is found there straight from the
 * term buffer, without making a string.
 */
final class Lemmatizer {

    /** A term the lemma filter writes, and whether a following Snowball stemmer must leave it as it is. */
    record Term(String text, boolean keepAsIs) {}

    /** The terms for one token, first the main lemma; empty when the lexicon does not know the token. */
    record Result(List<Term> terms) {
        boolean known() {
            return !terms.isEmpty();
        }
    }

    private static final int CLOSURE_STEPS = 4;
    /**
     * A verb or adjective reading beside the main (noun) one is emitted when its lemma is at most this many
     * frequency classes rarer than the main lemma: staat gets staan, but gezond does not get zonnen.
     */
    static final int OTHER_LEMMA_SLACK = 3;


    private final DutchLexicon.Reader reader;
    private final boolean stemLemmas;
    private final boolean otherLemmas;
    private final DutchStemmer snowball = new DutchStemmer();
    private final NodeCache shared = NodeCache.get();
    private final NodeCache.Front<Result> sharedResults;
    private final NodeCache.Probe probe = new NodeCache.Probe();

    Lemmatizer(DutchLexicon.Reader reader, boolean stemLemmas, boolean otherLemmas) {
        this.reader = reader;
        this.stemLemmas = stemLemmas;
        this.otherLemmas = otherLemmas;
        this.sharedResults = new NodeCache.Front<>(shared.results(stemLemmas, otherLemmas));
    }

    DutchLexicon.Reader reader() {
        return reader;
    }

    /** How the lemma filter treats a lower-cased token, given as the term buffer (no copy when cached). */
    Result analyse(char[] buffer, int length) {
        Result r = sharedResults.get(probe.set(buffer, length));
        if (r == null) {
            r = compute(new String(buffer, 0, length));
            sharedResults.put(probe, r);
        }
        return r;
    }

    private Result compute(String token) {
        String lemma = lemma(token);
        if (lemma == null) {
            return new Result(List.of());
        }
        List<Term> terms = new ArrayList<>(3);
        List<String> lemmas = new ArrayList<>(3);
        lemmas.add(lemma);
        terms.add(term(lemma));
        if (otherLemmas) {
            int main = frequency(lemma);
            for (Predicate<DutchLexicon.Reading> cls : List.<Predicate<DutchLexicon.Reading>>of(
                    DutchLexicon.Reading::verb, DutchLexicon.Reading::adjective)) {
                String other = bestOf(token, cls);
                if (other != null && !lemmas.contains(other) && frequency(other) >= main - OTHER_LEMMA_SLACK) {
                    lemmas.add(other);
                    Term t = term(other);
                    if (terms.stream().noneMatch(x -> x.text().equals(t.text()))) {
                        terms.add(t);
                    }
                }
            }
        }
        return new Result(List.copyOf(terms));
    }

    /**
     * With stemming on, the term is already what the index keeps: the folded lemma, stemmed by Snowball unless its
     * stem is another word. Marked keyword, the chain's folding leaves it alone and its stemmer skips it, so each known
     * word is stemmed once per node instead of once per occurrence.
     */
    private Term term(String lemma) {
        if (!stemLemmas) {
            return new Term(lemma, true);
        }
        String folded = fold(lemma);
        String stem = stem(lemma);
        if (stemCollides(lemma, stem)) {
            return new Term(folded, true);
        }
        return new Term(folded.equals(lemma) ? stem : stem(folded), true);
    }

    private String stem(String word) {
        snowball.setCurrent(word);
        snowball.stem();
        return snowball.getCurrent();
    }

    private static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                char[] out = new char[4 * s.length()];
                int n = ASCIIFoldingFilter.foldToASCII(s.toCharArray(), 0, out, 0, s.length());
                return new String(out, 0, n);
            }
        }
        return s;
    }

    /**
     * The lemma of the best reading of one word class (staat as a verb: staan; centrale as an adjective:
     * centraal), emitted beside the main lemma so that every form of a verb or adjective meets the others.
     */
    private String bestOf(String token, Predicate<DutchLexicon.Reading> cls) {
        // "ik werk", "ik zorg": the first person singular is rare in news and mostly a noun (werk, zorg, teken).
        DutchLexicon.Reading best = best(token, r -> cls.test(r) && !r.tag().startsWith("WKW:TGW:1EP"));
        return best == null ? null : best.lemma().toLowerCase(Locale.ROOT);
    }

    /**
     * Snowball halves double vowels and strips derivational endings (boom and bom, korting and kort). Where the
     * stem of a lemma is itself a word with another lemma, the lemma is kept as it is so the two stay apart.
     */
    private boolean stemCollides(String lemma, String stem) {
        if (stem.equals(lemma)) {
            return false;
        }
        String other = lemma(stem);
        return other != null && !other.equals(lemma);
    }

    /** The chosen lemma of a lower-cased form, lower-cased; null when the lexicon does not know the form. */
    String lemma(String form) {
        String l = shared.lemmas.get(form);
        if (l == null) {
            l = closure(form);
            shared.lemmas.put(form, l == null ? "" : l);
        }
        return l == null || l.isEmpty() ? null : l;
    }

    /**
     * Follows the chosen lemma, within its word class, until it maps to itself (a lemma the lexicon lists as a form
     * of another lemma of the same class). Crossing classes would merge verbs into nouns (werkt, werken, werk).
     */
    private String closure(String form) {
        DutchLexicon.Reading first = best(form, r -> true);
        if (first == null) {
            return null;
        }
        int cls = classRank(first);
        String current = first.lemma().toLowerCase(Locale.ROOT);
        for (int i = 1; i < CLOSURE_STEPS; i++) {
            DutchLexicon.Reading next = best(current, r -> classRank(r) == cls);
            if (next == null || next.lemma().equalsIgnoreCase(current)) {
                break;
            }
            current = next.lemma().toLowerCase(Locale.ROOT);
        }
        return current;
    }

    /** The preferred reading of a lower-cased form, trying it as written, then capitalised (Syrië), then upper case. */
    DutchLexicon.Reading best(String form) {
        return best(form, r -> true);
    }

    /** Word class first (noun, adjective, verb, other), then the more frequent lemma, then the form itself. */
    private DutchLexicon.Reading best(String form, Predicate<DutchLexicon.Reading> allowed) {
        DutchLexicon.Reading best = null;
        int bestClass = 0;
        int bestFrequency = 0;
        for (DutchLexicon.Reading r : readings(form)) {
            if (!allowed.test(r)) {
                continue;
            }
            int cls = classRank(r);
            if (best != null && cls > bestClass) {
                continue;
            }
            int f = frequency(r.lemma());
            if (best == null || cls < bestClass || f > bestFrequency
                    || (f == bestFrequency && better(r, best, form))) {
                best = r;
                bestClass = cls;
                bestFrequency = f;
            }
        }
        return best;
    }

    private static boolean better(DutchLexicon.Reading r, DutchLexicon.Reading than, String form) {
        boolean self = r.lemma().equalsIgnoreCase(form);
        if (self != than.lemma().equalsIgnoreCase(form)) {
            return self;
        }
        return r.lemma().compareTo(than.lemma()) < 0;
    }

    /** Readings of a lower-cased form, with the case the lexicon uses for names and abbreviations. */
    List<DutchLexicon.Reading> readings(String form) {
        List<DutchLexicon.Reading> r = shared.readings.get(form);
        if (r == null) {
            r = lookUp(form);
            shared.readings.put(form, r);
        }
        return r;
    }

    private List<DutchLexicon.Reading> lookUp(String form) {
        List<DutchLexicon.Reading> r = reader.readings(form);
        if (r.isEmpty() && !form.isEmpty()) {
            // Numbers and forms without lower-case letters are the same in every case: look each spelling up once.
            String capitalised = Character.toUpperCase(form.charAt(0)) + form.substring(1);
            if (!capitalised.equals(form)) {
                r = reader.readings(capitalised);
            }
            if (r.isEmpty() && form.length() <= 6) {
                String upper = form.toUpperCase(Locale.ROOT);
                if (!upper.equals(form) && !upper.equals(capitalised)) {
                    r = reader.readings(upper);
                }
            }
        }
        return List.copyOf(r); // shared between threads through the node cache
    }

    /** Frequency class of a word as the speller writes it, or capitalised; -1 when unknown. */
    int frequency(String word) {
        Integer cached = shared.frequencies.get(word);
        if (cached != null) {
            return cached;
        }
        int f = reader.frequency(word);
        if (f < 0 && !word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
            f = reader.frequency(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        shared.frequencies.put(word, f);
        return f;
    }

    /**
     * Noun first: an ambiguous form such as dagen (plural of dag, or the verb dagen) means the noun far more often
     * in news; the verb's lemma is added beside it (see compute).
     */
    private static int classRank(DutchLexicon.Reading r) {
        if (r.noun()) {
            return 0;
        }
        if (r.adjective()) {
            return 1;
        }
        if (r.verb()) {
            return 2;
        }
        return 3;
    }
}
