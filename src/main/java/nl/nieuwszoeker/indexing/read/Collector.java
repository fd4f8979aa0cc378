package nl.nieuwszoeker.indexing.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Gathers what a reader finds in one file. Warnings are de-duplicated so a long .jsonl says each once. */
final class Collector {

    private final String file;
    private final List<RawArticle> articles = new ArrayList<>();
    private final List<Problem> skipped = new ArrayList<>();
    private final Set<Problem> warnings = new LinkedHashSet<>();

    Collector(String file) {
        this.file = file;
    }

    void article(RawArticle article) {
        articles.add(article);
    }

    void skip(int line, String reason) {
        skipped.add(new Problem(file, line, reason));
    }

    void warn(int line, String reason) {
        warnings.add(new Problem(file, line, reason));
    }

    FileRead result() {
        return new FileRead(file, articles, skipped, List.copyOf(warnings));
    }
}
