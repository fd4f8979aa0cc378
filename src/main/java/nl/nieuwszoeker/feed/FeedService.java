package nl.nieuwszoeker.feed;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.model.Fields;
import nl.nieuwszoeker.search.ArticleSearch;
import nl.nieuwszoeker.search.SearchResult;
import nl.nieuwszoeker.search.SearchService;

/**
 * A search as a list of feed entries, newest first. An entry's time is its publication date when the article
 * has one; otherwise the moment it was indexed, and it then has no publication date at all: none is invented.
 */
public final class FeedService {

    public static final int DEFAULT_SIZE = 20;

    /** @param published null when unknown; @param updated publication date, else when indexed */
    public record Entry(String id, String title, String snippet, String source, Instant published, Instant updated) {}

    public record Feed(List<Entry> entries, Instant updated) {}

    private final SearchService search;
    private final ElasticsearchClient client;

    public FeedService(SearchService search, ElasticsearchClient client) {
        this.search = search;
        this.client = client;
    }

    public Feed feed(ArticleSearch r) {
        var newest = new ArticleSearch(r.q(), r.filters(), r.from(), r.to(), ArticleSearch.Sort.NEWEST, 1, r.size());
        SearchResult result = search.search(newest, false);
        var undated = result.hits().stream().filter(h -> when(h.published()) == null).map(SearchResult.Hit::id).toList();
        Map<String, Instant> indexed = indexed(undated);
        var entries = new ArrayList<Entry>();
        Instant latest = null;
        for (SearchResult.Hit h : result.hits()) {
            Instant published = when(h.published());
            Instant updated = published != null ? published : indexed.get(h.id());
            entries.add(new Entry(h.id(), h.title(), h.snippet(), h.source(), published, updated));
            if (updated != null && (latest == null || updated.isAfter(latest))) {
                latest = updated;
            }
        }
        return new Feed(entries, latest != null ? latest : indexCreated());
    }

    /**
     * When each article was indexed. Documents written before the index kept that time fall back to the index's
     * creation: the article has been in the index since then, which is true, not a guess at its publication.
     */
    private Map<String, Instant> indexed(List<String> ids) {
        var out = new HashMap<String, Instant>();
        if (ids.isEmpty()) {
            return out;
        }
        try {
            var got = client.mget(m -> m.index(search.alias()).ids(ids).sourceIncludes(Fields.INDEXED), JsonNode.class);
            Instant created = null;
            for (var item : got.docs()) {
                if (!item.isResult() || !item.result().found()) {
                    continue;
                }
                JsonNode doc = item.result().source();
                Instant at = doc == null ? null : when(doc.path(Fields.INDEXED).asText(null));
                if (at == null) {
                    created = created != null ? created : indexCreated();
                    at = created;
                }
                out.put(item.result().id(), at);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant indexCreated() {
        try {
            var settings = client.indices().getSettings(g -> g.index(search.alias()).name("index.creation_date"));
            for (var s : settings.result().values()) {
                var index = s.settings() == null ? null : s.settings().index();
                if (index != null && index.creationDate() != null) {
                    return Instant.ofEpochMilli(index.creationDate());
                }
            }
            return Instant.EPOCH;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored date ("2024-01-10" or a full timestamp) as an instant; a bare day is midnight UTC. */
    static Instant when(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            if (stored.length() == 10) {
                return LocalDate.parse(stored).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(stored).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(stored);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
