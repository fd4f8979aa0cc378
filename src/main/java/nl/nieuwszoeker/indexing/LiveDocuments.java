package nl.nieuwszoeker.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.nieuwszoeker.model.Fields;

/** What an index holds, by id: file, content hash and extractor stamp of each document, for the incremental run. */
final class LiveDocuments {

    private static final int PAGE = 1000;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stored(String file, @JsonProperty(Fields.CONTENT_HASH) String contentHash,
                  @JsonProperty(Fields.EXTRACTOR_VERSION) String extractorVersion) {}

    private LiveDocuments() {}

    static Map<String, Stored> of(ElasticsearchClient client, String index) {
        Map<String, Stored> docs = new HashMap<>();
        List<FieldValue> after = null;
        try {
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<Stored> page = client.search(s -> {
                    s.index(index).size(PAGE).source(src -> src.filter(f -> f.includes(Fields.FILE, Fields.CONTENT_HASH, Fields.EXTRACTOR_VERSION)))
                            .sort(o -> o.field(f -> f.field(Fields.ID).order(SortOrder.Asc)));
                    return from == null ? s : s.searchAfter(from);
                }, Stored.class);
                List<Hit<Stored>> hits = page.hits().hits();
                for (Hit<Stored> hit : hits) {
                    docs.put(hit.id(), hit.source());
                }
                if (hits.size() < PAGE) {
                    return docs;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
