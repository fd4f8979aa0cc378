package nl.nieuwszoeker.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a reader typed, reduced to words, prefixes and "exact phrases": every group must match (AND), the
 * clauses of a group are alternatives (joined by OR), excluded clauses (-word, -"phrase", NOT word) must not
 * match. A clause may be limited to one field (titel:, persoon:, plaats:, organisatie:, bron:), a word may end
 * in * (prefix) and a phrase may carry ~N (proximity). Parsing never fails: anything that is not this syntax is
 * text, so nothing the reader types reaches Elasticsearch as query syntax. Sizes are checked separately
 * ({@link #limitProblem()}), so the web layer can answer 400 before anything is sent.
 */
public record UserQuery(List<List<Clause>> groups, List<Clause> excluded) {

    /** At most this many words in all clauses together. */
    public static final int MAX_TERMS = 50;
    /** At most this many prefix (word*) clauses; each expands to at most {@link #MAX_EXPANSIONS} indexed words. */
    public static final int MAX_PREFIXES = 5;
    public static final int MAX_EXPANSIONS = 100;
    /** The largest N in "a b"~N. */
    public static final int MAX_SLOP = 50;
    /** Letters or digits needed before a star; a shorter stem would expand to too much. */
    public static final int MIN_PREFIX = 3;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Where a clause is searched: the text (title and body), the title alone, or one entity or source field. */
    public enum Field {
        ANY(null, null), TITLE("titel", null), PERSON("persoon", Facet.PERSON), PLACE("plaats", Facet.PLACE),
        ORGANISATION("organisatie", Facet.ORGANISATION), SOURCE("bron", Facet.SOURCE);

        private final String prefix;
        private final Facet facet;

        Field(String prefix, Facet facet) {
            this.prefix = prefix;
            this.facet = facet;
        }

        /** The Dutch name typed before the colon, or null for ANY. */
        public String prefix() {
            return prefix;
        }

        /** The keyword field behind an entity or source prefix, or null for ANY and TITLE. */
        public Facet facet() {
            return facet;
        }

        static Optional<Field> byPrefix(String typed) {
            for (Field f : values()) {
                if (f.prefix != null && f.prefix.equalsIgnoreCase(typed)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A word (analysed with stemming), a phrase (matched in order on the unstemmed fields, within {@code slop}
     * positions), or a prefix (every indexed word starting with the text), in {@code field}.
     */
    public record Clause(String text, boolean phrase, boolean prefix, int slop, Field field) {

        public Clause(String text, boolean phrase) {
            this(text, phrase, false, 0, Field.ANY);
        }

        /** A word as the reader typed it, searched everywhere: the only kind that gets spelling help. */
        public boolean plainWord() {
            return !phrase && !prefix && field == Field.ANY;
        }
    }

    public boolean isEmpty() {
        return groups.isEmpty() && excluded.isEmpty();
    }

    /** The plain words that every hit must contain, in typed order. */
    public List<String> requiredWords() {
        return groups.stream().filter(g -> g.size() == 1 && g.get(0).plainWord()).map(g -> g.get(0).text()).toList();
    }

    /** All plain words anywhere in the query (required or alternative, not excluded), in typed order. */
    public List<String> plainWords() {
        return groups.stream().flatMap(List::stream).filter(Clause::plainWord).map(Clause::text).toList();
    }

    /** Why this query is too big to run (a Dutch-free, API-style message), or null when it is fine. */
    public String limitProblem() {
        int terms = 0;
        int prefixes = 0;
        for (Clause c : all()) {
            terms += SPACES.split(c.text()).length;
            if (c.prefix()) {
                prefixes++;
            }
            if (c.slop() > MAX_SLOP) {
                return "proximity ~" + c.slop() + " is too wide; use at most ~" + MAX_SLOP;
            }
        }
        if (terms > MAX_TERMS) {
            return "the query has " + terms + " words; at most " + MAX_TERMS + " are searched at once";
        }
        if (prefixes > MAX_PREFIXES) {
            return "the query has " + prefixes + " prefix searches (word*); at most " + MAX_PREFIXES + " are allowed";
        }
        return null;
    }

    private List<Clause> all() {
        var out = new ArrayList<Clause>();
        groups.forEach(out::addAll);
        out.addAll(excluded);
        return out;
    }

    public static UserQuery parse(String raw) {
        if (raw == null) {
            return new UserQuery(List.of(), List.of());
        }
        String s = clean(raw);
        var groups = new ArrayList<List<Clause>>();
        var excluded = new ArrayList<Clause>();
        boolean orPending = false;
        boolean notPending = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = notPending;
            notPending = false;
            int start = i;
            while (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                negated |= s.charAt(i) == '-';
                i++;
            }
            Field field = Field.ANY;
            int colon = fieldEnd(s, i);
            if (colon > 0) {
                field = Field.byPrefix(s.substring(i, colon)).orElseThrow();
                i = colon + 1;
            }
            Clause clause;
            int close = i < s.length() && s.charAt(i) == '"' ? s.indexOf('"', i + 1) : -1;
            if (close > 0) {
                int slop = 0;
                int after = close + 1;
                int digits = after + 1;
                while (digits < s.length() && digits - after <= 6 && Character.isDigit(s.charAt(digits))) {
                    digits++;
                }
                if (after < s.length() && s.charAt(after) == '~' && digits > after + 1) {
                    slop = Integer.parseInt(s.substring(after + 1, digits));
                    after = digits;
                }
                clause = new Clause(words(s.substring(i + 1, close)), true, false, slop, field);
                i = after;
            } else {
                if (i < s.length() && s.charAt(i) == '"') {
                    i++; // a quote that is never closed is ignored
                }
                int end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"') {
                    end++;
                }
                String token = s.substring(i, end);
                i = Math.max(end, start + 1);
                if (field == Field.ANY) {
                    if (token.equals("OR") || token.equals("|") || token.equals("||")) {
                        orPending = !groups.isEmpty();
                        continue;
                    }
                    if (token.equals("AND") || token.equals("&&")) {
                        continue;
                    }
                    if (token.equals("NOT") || token.equals("!")) {
                        notPending = true;
                        continue;
                    }
                }
                clause = word(token, field);
            }
            if (!hasWordCharacter(clause.text())) {
                orPending = false;
                continue;
            }
            if (negated) {
                excluded.add(clause);
            } else if (orPending) {
                var last = new ArrayList<>(groups.remove(groups.size() - 1));
                last.add(clause);
                groups.add(List.copyOf(last));
            } else {
                groups.add(List.of(clause));
            }
            orPending = false;
        }
        return new UserQuery(List.copyOf(groups), List.copyOf(excluded));
    }

    /** The end of a known field name followed by a colon and something to search at {@code i}, or -1. */
    private static int fieldEnd(String s, int i) {
        int colon = s.indexOf(':', i);
        if (colon <= i || colon + 1 >= s.length() || Character.isWhitespace(s.charAt(colon + 1))) {
            return -1;
        }
        return Field.byPrefix(s.substring(i, colon)).isPresent() ? colon : -1;
    }

    /**
     * A word; a trailing star after at least {@link #MIN_PREFIX} letters makes it a prefix. Any other star (leading,
     * inside, after a short stem) is dropped and the rest searched as a word.
     */
    private static Clause word(String token, Field field) {
        int stars = 0;
        while (stars < token.length() && token.charAt(token.length() - 1 - stars) == '*') {
            stars++;
        }
        String stem = token.substring(0, token.length() - stars);
        if (stars > 0 && stem.indexOf('*') < 0 && stem.indexOf('?') < 0
                && stem.codePoints().filter(Character::isLetterOrDigit).count() >= MIN_PREFIX) {
            return new Clause(stem, false, true, 0, field);
        }
        String text = token.indexOf('*') >= 0 ? SPACES.matcher(token.replace("*", " ").strip()).replaceAll(" ") : token;
        return new Clause(text, false, false, 0, field);
    }

    private static String clean(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        var out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\u201C' || cp == '\u201D' || cp == '\u201E' || cp == '\u00AB' || cp == '\u00BB') {
                out.append('"');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.UNASSIGNED) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String words(String phrase) {
        return SPACES.matcher(phrase.trim()).replaceAll(" ");
    }

    private static boolean hasWordCharacter(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
