package nl.nieuwszoeker.indexing.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a folder recursively, file by file in a stable order. Every file ends up either as articles or as
 * a reported problem: nothing stops the walk. Hidden files and folders (names starting with ".") are not read.
 */
public final class CorpusReader {

    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

    private static final Map<String, FormatReader> FORMATS = Map.of(
            "txt", new TxtReader(),
            "md", new MarkdownReader(),
            "json", new JsonReader(),
            "jsonl", new JsonLinesReader());

    private final Path folder;
    private final long maxFileSize;

    public CorpusReader(Path folder, long maxFileSize) {
        this.folder = folder;
        this.maxFileSize = maxFileSize;
    }

    /** The files to read, relative to the folder, in the order they are read. */
    public List<Path> files() {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("not a folder: " + folder.toAbsolutePath()));
        }
        try {
            // Files.walk lists a symlinked start folder as one link, not its contents; walk where it points.
            Path root = folder.toRealPath();
            return list(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(p -> !hidden(p))
                    .sorted()
                    .toList();
        }
    }

    public FileRead read(Path relative) {
        String name = relative.toString().replace('\\', '/');
        String extension = extension(name);
        FormatReader format = FORMATS.get(extension);
        if (format == null) {
            return FileRead.skipped(name, 0, "not an article format (." + extension + "); expected .txt, .md, .json or .jsonl");
        }
        var out = new Collector(name);
        try {
            Path file = folder.resolve(relative);
            long size = Files.size(file);
            if (size > maxFileSize) {
                return FileRead.skipped(name, 0, "file is " + size + " bytes, over the limit of " + maxFileSize);
            }
            TextDecoder.Decoded decoded = TextDecoder.decode(Files.readAllBytes(file));
            if (decoded.warning() != null) {
                out.warn(0, decoded.warning());
            }
            format.read(new SourceText(name, decoded.text()), out);
        } catch (BadInput e) {
            out.skip(e.line(), e.getMessage());
        } catch (IOException e) {
            out.skip(0, "cannot read: " + e);
        }
        return out.result();
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
