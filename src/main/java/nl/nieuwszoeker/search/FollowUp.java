package nl.nieuwszoeker.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The second round trip, made only when a search finds little: a spelling suggestion from the words in the
 * index, and on zero hits with filters, how many the filters alone would give. Both in one _msearch.
 */
final class FollowUp {

    record Answer(String didYouMean, Long withoutText) {}

    private static final String SPELLING = "spelling";

    private final ElasticsearchClient client;
    private final String index;

    FollowUp(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** @param relaxText the request whose filters to count without its text, or null */
    Answer ask(String text, SearchRequest relaxText) {
        var searches = new ArrayList<RequestItem>();
        searches.add(RequestItem.of(i -> i.header(h -> h).body(b -> b.size(0).trackTotalHits(t -> t.enabled(false))
                .query(q -> q.matchNone(m -> m))
                .suggest(s -> s.text(text).suggesters(SPELLING, f -> f.term(t -> t.field("body.exact")
                        .suggestMode(SuggestMode.Popular).size(1).minWordLength(3)))))));
        if (relaxText != null) {
            searches.add(RequestItem.of(i -> i.header(h -> h).body(b -> b.size(0)
                    .query(SearchQueries.all(SearchQueries.filters(relaxText, null, true))))));
        }
        try {
            MsearchResponse<Void> response = client.msearch(m -> m.index(index).searches(searches), Void.class);
            List<MultiSearchResponseItem<Void>> items = response.responses();
            String suggestion = items.get(0).isResult() ? correct(text, items.get(0).result().suggest().get(SPELLING)) : null;
            Long withoutText = relaxText != null && items.get(1).isResult()
                    ? items.get(1).result().hits().total().value() : null;
            return new Answer(suggestion, withoutText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces each misspelt word in place (by its offsets), so quotes, minus signs and OR stay as typed. */
    private static String correct(String text, List<Suggestion<Void>> entries) {
        if (entries == null) {
            return null;
        }
        var out = new StringBuilder();
        int at = 0;
        boolean changed = false;
        for (Suggestion<Void> s : entries) {
            TermSuggest entry = s.term();
            if (entry.options().isEmpty() || entry.offset() < at) {
                continue;
            }
            out.append(text, at, entry.offset()).append(entry.options().get(0).text());
            at = entry.offset() + entry.length();
            changed = true;
        }
        return changed ? out.append(text.substring(at)).toString() : null;
    }
}
