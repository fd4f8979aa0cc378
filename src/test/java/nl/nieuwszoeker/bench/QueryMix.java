package nl.nieuwszoeker.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.nieuwszoeker.search.Facet;
import nl.nieuwszoeker.search.ArticleSearch;

/**
 * A fixed mix of reader searches over the generated corpus: single and multi-word terms, phrases, two or
 * three facet selections, date ranges, browsing without words. Words and values come from the corpus model
 * by rank, so the mix is the same for every run with the same seed and hits documents at every size.
 */
final class QueryMix {

    record Query(String name, ArticleSearch request) {}

    private static final java.util.Set<String> STOPLIKE = java.util.Set.of("omdat", "worden", "hebben", "kunnen",
            "zonder", "andere", "heeft", "onder", "tegen", "altijd", "alles", "niets", "iemand", "geweest", "waren");

    private QueryMix() {}

    static List<Query> of(CorpusModel m) {
        List<Query> mix = new ArrayList<>();
        mix.add(q("one frequent word", word(m, 60), Map.of(), null, null));
        mix.add(q("one mid-frequency word", word(m, 450), Map.of(), null, null));
        mix.add(q("one rare word", word(m, 5000), Map.of(), null, null));
        mix.add(q("two words", word(m, 120) + " " + word(m, 700), Map.of(), null, null));
        mix.add(q("three words", word(m, 90) + " " + word(m, 400) + " " + word(m, 1500), Map.of(),
                null, null));
        mix.add(q("phrase: person", "\"" + m.persons.atRank(1) + "\"", Map.of(), null, null));
        mix.add(q("phrase: place", "\"" + multiWord(m.places, 1) + "\"", Map.of(), null, null));
        mix.add(q("word + place", word(m, 200), Map.of(Facet.PLACE, List.of(m.places.atRank(1))), null, null));
        mix.add(q("word + source + section", word(m, 250),
                Map.of(Facet.SOURCE, List.of(m.sources.atRank(1)), Facet.SECTION, List.of(m.sections.atRank(2))),
                null, null));
        mix.add(q("words + person + organisation + tag", word(m, 80) + " " + word(m, 300),
                Map.of(Facet.PERSON, List.of(m.persons.atRank(2)), Facet.ORGANISATION,
                        List.of(m.organisations.atRank(1)), Facet.TAG, List.of(m.tags.atRank(1))), null, null));
        mix.add(q("word + date range", word(m, 150), Map.of(), LocalDate.of(2020, 1, 1),
                LocalDate.of(2021, 12, 31)));
        mix.add(q("word + two sections + date range", word(m, 500),
                Map.of(Facet.SECTION, List.of(m.sections.atRank(1), m.sections.atRank(3))), LocalDate.of(2018, 3, 1),
                LocalDate.of(2023, 6, 30)));
        mix.add(q("browse: source + section, no words", "",
                Map.of(Facet.SOURCE, List.of(m.sources.atRank(2)), Facet.SECTION, List.of(m.sections.atRank(1))),
                null, null));
        mix.add(q("surname + word + place + date range", CorpusGenerator.surname(m.persons.atRank(3)) + " "
                + word(m, 100), Map.of(Facet.PLACE, List.of(m.places.atRank(2))), LocalDate.of(2016, 1, 1),
                LocalDate.of(2022, 12, 31)));
        return List.copyOf(mix);
    }

    /**
     * {@code count} searches drawn with a fixed seed, in equal shares of the kinds readers produce and the fixed
     * mix leaves out: rare words with few hits, typos that find nothing (and so also ask for a suggestion),
     * several values of one facet, deep pages, sort by date, and the fixed mix's kinds at other ranks.
     */
    static List<Query> generated(CorpusModel m, int count, long seed) {
        var r = new java.util.SplittableRandom(seed);
        List<Query> out = new ArrayList<>();
        int tail = m.words.size();
        for (int i = 0; out.size() < count; i++) {
            String common = word(m, 40 + r.nextInt(800));
            Query q = switch (i % 8) {
                case 0 -> q("rare word", word(m, Math.max(2000, tail / 4 + r.nextInt(Math.max(1, tail * 3 / 4 - 50)))),
                        Map.of(), null, null);
                case 1 -> q("zero-hit typo", typo(common, r), Map.of(), null, null);
                case 2 -> q("word + several places", common, Map.of(Facet.PLACE, List.of(m.places.atRank(1 + r.nextInt(5)),
                        m.places.atRank(6 + r.nextInt(10)), m.places.atRank(16 + r.nextInt(30)))), null, null);
                case 3 -> q("several sections and tags, no words", "", Map.of(
                        Facet.SECTION, List.of(m.sections.atRank(1 + r.nextInt(3)), m.sections.atRank(4 + r.nextInt(4))),
                        Facet.TAG, List.of(m.tags.atRank(1 + r.nextInt(10)), m.tags.atRank(11 + r.nextInt(20)))), null, null);
                case 4 -> page(q("deep page", word(m, 20 + r.nextInt(100)), Map.of(), null, null), 10 + r.nextInt(41));
                case 5 -> sorted(q("sort by date", common, Map.of(), null, null),
                        r.nextBoolean() ? ArticleSearch.Sort.NEWEST : ArticleSearch.Sort.OLDEST);
                case 6 -> q("two words + date range", common + " " + word(m, 200 + r.nextInt(2000)), Map.of(),
                        LocalDate.of(2016 + r.nextInt(6), 1 + r.nextInt(12), 1), LocalDate.of(2022 + r.nextInt(4), 1, 31));
                default -> q("phrase: person + source", "\"" + m.persons.atRank(1 + r.nextInt(50)) + "\"",
                        Map.of(Facet.SOURCE, List.of(m.sources.atRank(1 + r.nextInt(3)))), null, null);
            };
            out.add(q);
        }
        return List.copyOf(out);
    }

    /** Two letters no Dutch word has side by side, put inside the word: a typo that matches nothing. */
    private static String typo(String word, java.util.SplittableRandom r) {
        int at = 1 + r.nextInt(word.length() - 1);
        return word.substring(0, at) + "qx" + word.substring(at);
    }

    private static Query page(Query q, int page) {
        ArticleSearch s = q.request();
        return new Query(q.name(), new ArticleSearch(s.q(), s.filters(), s.from(), s.to(), s.sort(), page, s.size()));
    }

    private static Query sorted(Query q, ArticleSearch.Sort sort) {
        ArticleSearch s = q.request();
        return new Query(q.name(), new ArticleSearch(s.q(), s.filters(), s.from(), s.to(), sort, s.page(), s.size()));
    }

    /** The first word from this rank down that is long enough not to be a Dutch stop word, which finds nothing. */
    static String word(CorpusModel m, int rank) {
        for (int r = rank; ; r++) {
            String w = m.words.atRank(r);
            if (w.length() >= 5 && !STOPLIKE.contains(w)) {
                return w;
            }
        }
    }

    private static String multiWord(Zipf<String> pool, int rank) {
        for (int r = rank; r <= pool.size(); r++) {
            if (pool.atRank(r).contains(" ")) {
                return pool.atRank(r);
            }
        }
        return pool.atRank(rank);
    }

    private static Query q(String name, String text, Map<Facet, List<String>> filters, LocalDate from, LocalDate to) {
        return new Query(name, new ArticleSearch(text, new LinkedHashMap<>(filters), from, to,
                ArticleSearch.Sort.RELEVANCE, 1, 10));
    }

    /** The /api/search query string a reader's browser would send for this search. */
    static String apiQuery(ArticleSearch r) {
        List<String> params = new ArrayList<>();
        if (r.q() != null && !r.q().isEmpty()) {
            params.add("q=" + enc(r.q()));
        }
        for (Facet f : Facet.values()) {
            for (String v : r.filters().getOrDefault(f, List.of())) {
                params.add(f.param() + "=" + enc(v));
            }
        }
        if (r.from() != null) {
            params.add("from=" + r.from());
        }
        if (r.to() != null) {
            params.add("to=" + r.to());
        }
        if (r.sort() != ArticleSearch.Sort.RELEVANCE) {
            params.add("sort=" + r.sort().name().toLowerCase(Locale.ROOT));
        }
        if (r.page() != 1) {
            params.add("page=" + r.page());
        }
        params.add("size=" + r.size());
        return String.join("&", params);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
