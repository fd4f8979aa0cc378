package nl.nieuwszoeker.model;

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
        @JsonProperty(Fields.WORD_COUNT) Integer wordCount,
        String length,
        String file,
        @JsonProperty(Fields.CONTENT_HASH) String contentHash,
        Suggest suggest,
        @JsonProperty(Fields.MENTIONED_DATES) List<MentionedDate> mentionedDates,
        @JsonProperty(Fields.EXTRACTOR_VERSION) String extractorVersion) {

    /** An article without dates found in its text or an extractor stamp, as fixtures build them. */
    public Article(String id, String title, String body, String published, String source, String url, String section,
                   String author, List<String> tags, List<String> persons, List<String> places,
                   List<String> organisations, Integer wordCount, String length, String file, String contentHash,
                   Suggest suggest) {
        this(id, title, body, published, source, url, section, author, tags, persons, places, organisations, wordCount,
                length, file, contentHash, suggest, List.of(), null);
    }

    /** Completion inputs: the title and every entity, so typing any of them offers the article. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Suggest(List<String> input) {}
}
