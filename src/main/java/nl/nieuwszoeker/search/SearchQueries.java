package nl.nieuwszoeker.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.model.Fields;

/** Typed Elasticsearch queries for a parsed user query and the selected filters. */
public final class SearchQueries {

    static final List<String> TEXT_FIELDS = List.of(Fields.TITLE + "^3", Fields.BODY);
    static final List<String> EXACT_FIELDS = List.of(Fields.TITLE_EXACT + "^3", Fields.BODY_EXACT);
    static final String DATE_FIELD = Fields.PUBLISHED;
    /** Index analyzer's query twin that turns a compound into its parts and drops any other word (mappings/articles.json). */
    static final String PARTS_ANALYZER = "dutch_query_parts";
    /** Dates the text mentions, each stored as the first day of its day, month or year. */
    static final String MENTIONED_FIELD = Fields.MENTIONED_DATE;

    private SearchQueries() {}

    /** Free text: all groups required, title weighted above body; no text matches everything. */
    static Query text(UserQuery q) {
        if (q.isEmpty()) {
            return Query.of(b -> b.matchAll(m -> m));
        }
        var bool = new BoolQuery.Builder();
        List<String> words = q.requiredWords();
        if (!words.isEmpty()) {
            String joined = String.join(" ", words);
            for (String word : words) {
                bool.must(wordOrParts(word));
            }
            // The word as typed outranks the same stem, or the word found inside a compound.
            bool.should(s -> s.multiMatch(m -> m.query(joined).fields(EXACT_FIELDS).boost(4f)));
        }
        for (List<UserQuery.Clause> group : q.groups()) {
            if (group.size() == 1 && group.get(0).plainWord()) {
                continue;
            }
            if (group.size() == 1) {
                bool.must(clause(group.get(0)));
            } else {
                bool.must(m -> m.bool(any -> any.should(group.stream().map(SearchQueries::clause).toList())
                        .minimumShouldMatch("1")));
            }
        }
        for (UserQuery.Clause c : q.excluded()) {
            bool.mustNot(clause(c));
        }
        if (q.groups().isEmpty()) {
            bool.must(m -> m.matchAll(a -> a));
        }
        return Query.of(b -> b.bool(bool.build()));
    }

    /**
     * The word itself (same lemma), or, when it is a compound, all of its parts together; the index holds the parts
     * at the compound's position. Parts are never alternatives, so geloofsartikel does not find every artikel.
     */
    private static Query wordOrParts(String word) {
        return Query.of(b -> b.bool(any -> any
                .should(words(word))
                .should(p -> p.multiMatch(m -> m.query(word).fields(TEXT_FIELDS).type(TextQueryType.CrossFields)
                        .analyzer(PARTS_ANALYZER).operator(Operator.And).zeroTermsQuery(ZeroTermsQuery.None)))
                .minimumShouldMatch("1")));
    }

    private static Query clause(UserQuery.Clause c) {
        return switch (c.field()) {
            case ANY -> c.prefix() ? prefix(List.of(Fields.TITLE_EXACT, Fields.BODY_EXACT), c.text())
                    : c.phrase() ? phrase(c.text(), EXACT_FIELDS, c.slop()) : words(c.text());
            case TITLE -> c.prefix() ? prefix(List.of(Fields.TITLE_EXACT), c.text())
                    : c.phrase() ? phrase(c.text(), List.of(Fields.TITLE_EXACT), c.slop())
                    : Query.of(b -> b.match(m -> m.field(Fields.TITLE).query(c.text()).operator(Operator.And)
                            .zeroTermsQuery(ZeroTermsQuery.All)));
            default -> EntityMatch.query(Fields.folded(c.field().facet().field()), c.text(), c.prefix());
        };
    }

    /**
     * Words starting with the typed text, on the unstemmed fields (a stem may be shorter than what was typed).
     * The rewrite keeps only the best {@link UserQuery#MAX_EXPANSIONS} words, so a short stem cannot explode.
     */
    private static Query prefix(List<String> fields, String text) {
        String folded = LookupService.fold(text);
        var any = fields.stream().map(f -> Query.of(b -> b.prefix(p -> p.field(f).value(folded)
                .rewrite("top_terms_" + UserQuery.MAX_EXPANSIONS)))).toList();
        return any.size() == 1 ? any.get(0) : Query.of(b -> b.bool(o -> o.should(any).minimumShouldMatch("1")));
    }

    /** Every word in title or body (cross_fields: a word may be in either), stop words match anything. */
    private static Query words(String text) {
        return Query.of(b -> b.multiMatch(m -> m.query(text).fields(TEXT_FIELDS).type(TextQueryType.CrossFields)
                .operator(Operator.And).zeroTermsQuery(ZeroTermsQuery.All)));
    }

    private static Query phrase(String text, List<String> fields, int slop) {
        return Query.of(b -> b.multiMatch(m -> m.query(text).fields(fields).type(TextQueryType.Phrase).slop(slop)
                .zeroTermsQuery(ZeroTermsQuery.All)));
    }

    static Query facet(Facet facet, List<String> values) {
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        return Query.of(b -> b.terms(t -> t.field(facet.field()).terms(v -> v.value(terms))));
    }

    static Query dateRange(LocalDate from, LocalDate to) {
        return dateRange(DATE_FIELD, from, to);
    }

    static Query dateRange(String field, LocalDate from, LocalDate to) {
        return Query.of(b -> b.range(r -> r.date(d -> {
            d.field(field).format("strict_date");
            if (from != null) {
                d.gte(from.toString());
            }
            if (to != null) {
                d.lte(to.toString());
            }
            return d;
        })));
    }

    /** The filters of the request, leaving out one facet (null: none) and optionally the date range. */
    static List<Query> filters(ArticleSearch r, Facet without, boolean withDate) {
        return filters(r, without, withDate, true);
    }

    /** As above, optionally also leaving out the range of mentioned dates. */
    static List<Query> filters(ArticleSearch r, Facet without, boolean withDate, boolean withMentioned) {
        var out = new ArrayList<Query>();
        if (withMentioned && r.hasMentionedRange()) {
            out.add(dateRange(MENTIONED_FIELD, r.mentionedFrom(), r.mentionedTo()));
        }
        for (Map.Entry<Facet, List<String>> e : r.filters().entrySet()) {
            if (e.getKey() != without && !e.getValue().isEmpty()) {
                out.add(facet(e.getKey(), e.getValue()));
            }
        }
        if (withDate && (r.from() != null || r.to() != null)) {
            out.add(dateRange(r.from(), r.to()));
        }
        return out;
    }

    /** The text and every filter of a search as one query: what export and feeds walk through. */
    public static Query filtered(ArticleSearch r) {
        Query text = text(UserQuery.parse(r.q()));
        List<Query> filters = filters(r, null, true);
        return Query.of(b -> b.bool(x -> x.must(text).filter(filters)));
    }

    /** The order of a search's hits: score or date, the other as tie-break. */
    public static List<co.elastic.clients.elasticsearch._types.SortOptions> sort(ArticleSearch.Sort sort) {
        return SearchBody.sort(sort);
    }

    static Query all(List<Query> filters) {
        return filters.isEmpty() ? Query.of(b -> b.matchAll(m -> m)) : Query.of(b -> b.bool(f -> f.filter(filters)));
    }
}
