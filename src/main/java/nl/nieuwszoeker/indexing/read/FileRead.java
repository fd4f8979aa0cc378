package nl.nieuwszoeker.indexing.read;

import java.util.List;

/**
 * What one file yielded: its articles, the parts skipped with their reasons, and warnings about what was
 * read anyway. troubled is true when anything of the file was skipped, so its old documents must be kept.
 */
public record FileRead(String file, List<RawArticle> articles, List<Problem> skipped, List<Problem> warnings) {

    public FileRead {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    public static FileRead skipped(String file, int line, String reason) {
        return new FileRead(file, List.of(), List.of(new Problem(file, line, reason)), List.of());
    }

    public boolean troubled() {
        return !skipped.isEmpty();
    }
}
