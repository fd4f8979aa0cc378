package nl.nieuwszoeker.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed, reduced to words and "exact phrases": every group must match (AND), the clauses of a
 * group are alternatives (joined by OR), excluded clauses (-word, -"phrase", NOT word) must not match.
 * Parsing never fails: characters that mean something to Lucene are just text here, so nothing the reader
 * types reaches Elasticsearch as query syntax.
 */
public record UserQuery(List<List<Clause>> groups, List<Clause> excluded) {

    /** A word (analysed with stemming) or a phrase (matched in order on the unstemmed fields). */
    public record Clause(String text, boolean phrase) {}

    public boolean isEmpty() {
        return groups.isEmpty() && excluded.isEmpty();
    }

    /** The plain words that every hit must contain, in typed order. */
    public List<String> requiredWords() {
        return groups.stream().filter(g -> g.size() == 1 && !g.get(0).phrase()).map(g -> g.get(0).text()).toList();
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
            Clause clause;
            int close = i < s.length() && s.charAt(i) == '"' ? s.indexOf('"', i + 1) : -1;
            if (close > 0) {
                clause = new Clause(words(s.substring(i + 1, close)), true);
                i = close + 1;
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
                clause = new Clause(token, false);
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
        return phrase.trim().replaceAll("\\s+", " ");
    }

    private static boolean hasWordCharacter(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
