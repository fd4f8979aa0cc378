package nl.nieuwszoeker.indexing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One article as stored in the index. Missing metadata stays null and is left out of the document. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Article(
        String id,
        String title,
        String body,
        String published,
        String source,
        String url,
        String section,
        String author,
        List<String> tags,
        List<String> persons,
        List<String> places,
        List<String> organisations,
        @JsonProperty("word_count") Integer wordCount,
        String length,
        String file,
        @JsonProperty("content_hash") String contentHash,
        Suggest suggest) {

    /** Completion inputs: the title and every entity, so typing any of them offers the article. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Suggest(List<String> input) {}
}
