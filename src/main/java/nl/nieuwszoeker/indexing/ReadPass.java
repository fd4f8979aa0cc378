package nl.nieuwszoeker.indexing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import nl.nieuwszoeker.indexing.read.CorpusReader;
import nl.nieuwszoeker.indexing.read.FileRead;
import nl.nieuwszoeker.indexing.read.Problem;
import nl.nieuwszoeker.indexing.read.RawArticle;
import nl.nieuwszoeker.model.Article;

/**
 * One walk over the input folder: builds each article and hands it on, while keeping the counts, the
 * problems, the ids seen (a second use of an id is skipped) and the files that had any trouble.
 */
final class ReadPass {

    private final CorpusReader reader;
    private final ArticleFactory factory;
    private final Progress progress;
    private final List<Path> files;
    final List<Problem> skipped = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();
    final Set<String> troubledFiles = new HashSet<>();
    final Map<String, String> seen = new HashMap<>();
    int read;
    int handedOn;

    /** Lists the folder's files; an UncheckedIOException means the folder itself cannot be read. */
    ReadPass(Path folder, long maxFileSize, ArticleFactory factory, Progress progress) {
        this.reader = new CorpusReader(folder, maxFileSize);
        this.factory = factory;
        this.progress = progress;
        this.files = reader.files();
    }

    int files() {
        return files.size();
    }

    void run(Consumer<Article> sink) {
        run(sink, (id, raw) -> false);
    }

    /**
     * @param unchanged told each article's id and what was read before it is built; true skips the build, which an
     *                  incremental run uses for articles the index already holds as they are, so a watched folder's
     *                  run costs little more than reading its files. It gets the raw article, not its hash, so a
     *                  full run hashes nothing twice.
     */
    void run(Consumer<Article> sink, BiPredicate<String, RawArticle> unchanged) {
        progress.start(files.size());
        for (Path file : files) {
            FileRead result = reader.read(file);
            skipped.addAll(result.skipped());
            warnings.addAll(result.warnings());
            if (result.troubled()) {
                troubledFiles.add(result.file());
            }
            for (RawArticle raw : result.articles()) {
                read++;
                Article article = build(raw, unchanged);
                if (article != null) {
                    handedOn++;
                    sink.accept(article);
                }
            }
            progress.fileRead();
        }
    }

    private Article build(RawArticle raw, BiPredicate<String, RawArticle> unchanged) {
        String id = ArticleFactory.id(raw);
        String first = seen.putIfAbsent(id, raw.location());
        if (first != null) {
            skip(raw, "duplicate id '" + id + "' (first used by " + first + ")");
            return null;
        }
        if (unchanged.test(id, raw)) {
            return null;
        }
        try {
            return factory.build(raw, warnings::add);
        } catch (IllegalArgumentException e) {
            skip(raw, e.getMessage());
            return null;
        }
    }

    private void skip(RawArticle raw, String reason) {
        skipped.add(new Problem(raw.file(), raw.line(), reason));
        troubledFiles.add(raw.file());
    }
}
