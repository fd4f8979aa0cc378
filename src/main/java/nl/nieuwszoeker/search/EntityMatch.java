package nl.nieuwszoeker.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * persoon:, plaats:, organisatie: and bron: search the facet's folded keyword, where a name is one value
 * ("joe biden"). Typing the whole name matches it; typing one word matches the names that contain that word
 * as a whole word, so persoon:Biden finds "Joe Biden" but not "Bidenstraat".
 */
final class EntityMatch {

    private EntityMatch() {}

    static Query query(String foldedField, String typed, boolean prefix) {
        String v = LookupService.fold(typed).replaceAll("\\s+", " ");
        String w = escape(v);
        var any = new ArrayList<Query>();
        if (prefix) {
            any.add(Query.of(b -> b.prefix(p -> p.field(foldedField).value(v))));
            any.add(wildcard(foldedField, "* " + w + "*"));
        } else {
            any.add(Query.of(b -> b.term(t -> t.field(foldedField).value(v))));
            for (String pattern : List.of(w + " *", "* " + w, "* " + w + " *")) {
                any.add(wildcard(foldedField, pattern));
            }
        }
        return Query.of(b -> b.bool(o -> o.should(any).minimumShouldMatch("1")));
    }

    private static Query wildcard(String field, String pattern) {
        return Query.of(b -> b.wildcard(x -> x.field(field).value(pattern)));
    }

    /** The typed text stays literal inside a wildcard pattern. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }
}
