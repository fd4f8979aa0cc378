package nl.nieuwszoeker.indexing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Reads plain-text articles: the body is the file, the title its lead sentence. */
public final class SeedReader {

    private SeedReader() {}

    public static List<Article> read(Path folder) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String body = Files.readString(file, StandardCharsets.UTF_8).strip();
                String relative = folder.relativize(file).toString().replace('\\', '/');
                String title = leadSentence(body);
                articles.add(new Article(stableId(relative), title, body, null, null, null, null, null, List.of(),
                        List.of(), List.of(), List.of(), null, null, relative, sha256(body),
                        new Article.Suggest(List.of(title))));
            }
        }
        return articles;
    }

    static String leadSentence(String body) {
        String firstLine = body.lines().findFirst().orElse("").strip();
        int end = firstLine.indexOf(". ");
        String sentence = end > 0 ? firstLine.substring(0, end + 1) : firstLine;
        return sentence.length() <= 200 ? sentence : sentence.substring(0, sentence.lastIndexOf(' ', 200)) + " …";
    }

    public static String stableId(String relativePath) {
        return sha256(relativePath).substring(0, 16);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
