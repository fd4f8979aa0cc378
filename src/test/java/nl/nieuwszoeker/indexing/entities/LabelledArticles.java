package nl.nieuwszoeker.indexing.entities;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;

/**
 * Hand-labelled articles under {@code src/test/resources/entities/devset/} (and {@code entities/ud/typed/}): each file is the article, a line
 * {@code ===}, then one {@code type<TAB>value} line per distinct entity; {@code a|b} lists names the article
 * uses for one entity, any of which counts as finding it.
 */
record LabelledArticles(List<Article> articles) {

    static final List<String> TYPES = List.of("person", "place", "organisation");

    record Gold(String type, List<String> names) {
        boolean matches(String value) {
            return names.stream().anyMatch(n -> fold(n).equals(fold(value)));
        }
    }

    record Article(String name, String text, List<Gold> gold) {}

    static LabelledArticles read(String folder) {
        return readResource("/entities/devset/" + folder);
    }

    /** Reads every {@code .txt} file of a folder on the test class path, e.g. {@code /entities/ud/typed}. */
    static LabelledArticles readResource(String resourceFolder) {
        try {
            Path dir = Path.of(LabelledArticles.class.getResource(resourceFolder).toURI());
            List<Article> articles = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    articles.add(parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
            return new LabelledArticles(articles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Article parse(String name, String content) {
        int cut = content.indexOf("\n===\n");
        if (cut < 0) {
            throw new IllegalStateException(name + ": no === line between article and labels");
        }
        List<Gold> gold = new ArrayList<>();
        for (String line : content.substring(cut + 5).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length != 2 || !TYPES.contains(c[0])) {
                throw new IllegalStateException(name + ": label needs type<TAB>value: " + line);
            }
            gold.add(new Gold(c[0], List.of(c[1].strip().split("\\|"))));
        }
        return new Article(name, content.substring(0, cut), gold);
    }

    /** Scores per type and overall; {@code report} receives one line per article with misses and spurious values. */
    Map<String, Score> score(EntityExtractor extractor, java.util.function.Consumer<String> report) {
        Map<String, Score> scores = new TreeMap<>();
        for (Article article : articles) {
            Entities found = extractor.extract(null, article.text());
            for (String type : TYPES) {
                List<String> predicted = switch (type) {
                    case "person" -> found.persons();
                    case "place" -> found.places();
                    default -> found.organisations();
                };
                List<Gold> want = article.gold().stream().filter(g -> g.type().equals(type)).toList();
                Set<Gold> hit = new HashSet<>();
                List<String> spurious = new ArrayList<>();
                int predictedCount = 0;
                for (String value : predicted) {
                    Gold match = want.stream().filter(g -> g.matches(value)).findFirst().orElse(null);
                    if (match == null) {
                        spurious.add(value);
                        predictedCount++;
                    } else if (hit.add(match)) {
                        predictedCount++;
                    }
                    // A second name of an entity already found counts neither way.
                }
                Score score = new Score(hit.size(), predictedCount, want.size());
                scores.merge(type, score, Score::plus);
                scores.merge("overall", score, Score::plus);
                List<String> missed = want.stream().filter(g -> !hit.contains(g)).map(g -> g.names().get(0)).toList();
                if (!missed.isEmpty() || !spurious.isEmpty()) {
                    report.accept(article.name() + " " + type + ": missed " + missed + ", spurious " + spurious);
                }
            }
        }
        return scores;
    }

    /**
     * Scores the set, prints its totals as "entities NAME (N UNIT) type …", and its per-article errors only when
     * {@code printErrors} (a blind set keeps them unread); then asserts the {precision, recall} floor of each type.
     */
    void assertFloors(EntityExtractor extractor, String name, String unit, boolean printErrors,
                      Map<String, double[]> floors) {
        Map<String, Score> scores = score(extractor, line -> {
            if (printErrors) {
                System.out.println(name + " " + line);
            }
        });
        scores.forEach((type, s) -> System.out.printf("entities %s (%d %s) %-12s %s%n",
                name, articles.size(), unit, type, s));
        assertAll(scores.entrySet().stream().map(e -> (Executable) () -> {
            double[] floor = floors.get(e.getKey());
            assertTrue(e.getValue().precision() >= floor[0], name + " " + e.getKey() + " precision: " + e.getValue());
            assertTrue(e.getValue().recall() >= floor[1], name + " " + e.getKey() + " recall: " + e.getValue());
        }));
    }

    /** The form labels and values are compared in: trimmed, lowercase. */
    static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
