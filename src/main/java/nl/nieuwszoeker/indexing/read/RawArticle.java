package nl.nieuwszoeker.indexing.read;

import java.util.List;

/**
 * One article as a reader found it, before enrichment. Fields hold what the file says (null when absent);
 * published is the text as written. line is 0 for a whole-file article, else the record's line (or position).
 */
public record RawArticle(
        String file,
        int line,
        String id,
        String title,
        String body,
        String published,
        String source,
        String url,
        String section,
        String author,
        List<String> tags,
        String rawText) {

    public RawArticle {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}
