package nl.nieuwszoeker.export;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.model.Fields;
import nl.nieuwszoeker.search.ArticleSearch;
import nl.nieuwszoeker.search.SearchQueries;

/**
 * Every hit of a search, not one page: a point in time keeps the view stable while search_after walks it in
 * pages of {@link #PAGE}, up to {@link #LIMIT} rows, in the search's own order.
 */
public final class ExportService {

    /** The most rows one export gives; a bigger result is cut and says so (see {@link Sink#start}). */
    public static final int LIMIT = 100_000;
    static final int PAGE = 1_000;
    private static final String KEEP_ALIVE = "2m";
    private static final List<String> FIELDS = List.of(Fields.TITLE, Fields.PUBLISHED, Fields.SOURCE, Fields.URL, Fields.PERSONS,
            Fields.PLACES, Fields.ORGANISATIONS);

    /** One exported article. */
    public record Row(String id, String title, String published, String source, String url, List<String> persons,
                      List<String> places, List<String> organisations) {}

    /** Receives the size first (before any row, so a web layer can still set headers), then the rows. */
    public interface Sink {
        void start(long total, boolean truncated) throws IOException;

        void row(Row row) throws IOException;
    }

    private final ElasticsearchClient client;
    private final String alias;

    public ExportService(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** @return the number of rows written */
    public long export(ArticleSearch request, int limit, Sink sink) throws IOException {
        Query query = SearchQueries.filtered(request);
        List<SortOptions> sort = new ArrayList<>(SearchQueries.sort(request.sort()));
        sort.add(SortOptions.of(o -> o.field(f -> f.field("_shard_doc").order(SortOrder.Asc))));
        String pit = client.openPointInTime(p -> p.index(alias).keepAlive(k -> k.time(KEEP_ALIVE))).id();
        long written = 0;
        try {
            List<FieldValue> after = null;
            boolean first = true;
            while (written < limit) {
                final List<FieldValue> from = after;
                int size = (int) Math.min(PAGE, limit - written);
                boolean counting = first;
                var response = client.search(s -> {
                    s.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE))).size(size).query(query).sort(sort)
                            .source(src -> src.filter(f -> f.includes(FIELDS))).trackTotalHits(t -> t.enabled(counting));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, Article.class);
                if (first) {
                    long total = response.hits().total() == null ? 0 : response.hits().total().value();
                    sink.start(total, total > limit);
                    first = false;
                }
                List<Hit<Article>> hits = response.hits().hits();
                for (Hit<Article> h : hits) {
                    Article a = h.source();
                    sink.row(new Row(h.id(), a.title(), a.published(), a.source(), a.url(), orEmpty(a.persons()),
                            orEmpty(a.places()), orEmpty(a.organisations())));
                    written++;
                }
                if (hits.size() < size) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
            return written;
        } finally {
            try {
                client.closePointInTime(c -> c.id(pit));
            } catch (IOException | RuntimeException e) {
                // The point in time expires by itself after KEEP_ALIVE; nothing is lost.
            }
        }
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }
}
