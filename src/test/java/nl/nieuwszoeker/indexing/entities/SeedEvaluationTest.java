package nl.nieuwszoeker.indexing.entities;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor against the hand-labelled seeds. The floors are the scores reached when the
 * gazetteer was written; note they are in-sample, since the curated lists were made with these seeds in view.
 */
class SeedEvaluationTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Map<String, Double> FLOOR = Map.of(
            "person", 1.0, "place", 1.0, "organisation", 1.0, "overall", 1.0);

    private record Label(String file, String type, String value) {
    }

    @Test
    void seedScoresStayAtTheReachedPrecisionAndRecall() throws IOException {
        List<Label> gold = readGold();
        Set<String> files = new HashSet<>();
        gold.forEach(label -> files.add(label.file()));
        assertEquals(files, seedFiles(), "gold list and seeds/ must cover the same articles");

        EntityExtractor extractor = EntityExtractor.load();
        Map<String, Score> scores = new TreeMap<>();
        for (String file : files) {
            List<Label> predicted = predict(extractor, file);
            for (String type : List.of("person", "place", "organisation")) {
                Set<String> want = values(gold, file, type);
                Set<String> got = values(predicted, file, type);
                Set<String> hit = new HashSet<>(got);
                hit.retainAll(want);
                Score score = new Score(hit.size(), got.size(), want.size());
                scores.merge(type, score, Score::plus);
                scores.merge("overall", score, Score::plus);
                if (!want.equals(got)) {
                    System.out.printf("%s %s: missed %s, spurious %s%n", file, type, minus(want, got), minus(got, want));
                }
            }
        }
        scores.forEach((type, score) -> System.out.printf("entities %-12s %s%n", type, score));

        assertAll(scores.entrySet().stream().map(e -> () -> {
            double floor = FLOOR.get(e.getKey());
            assertTrue(e.getValue().precision() >= floor, e.getKey() + " precision below " + floor + ": " + e.getValue());
            assertTrue(e.getValue().recall() >= floor, e.getKey() + " recall below " + floor + ": " + e.getValue());
        }));
    }

    private static List<Label> predict(EntityExtractor extractor, String file) throws IOException {
        Entities entities = extractor.extract(null, Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8));
        List<Label> labels = new ArrayList<>();
        entities.persons().forEach(v -> labels.add(new Label(file, "person", v)));
        entities.places().forEach(v -> labels.add(new Label(file, "place", v)));
        entities.organisations().forEach(v -> labels.add(new Label(file, "organisation", v)));
        return labels;
    }

    private static Set<String> values(List<Label> labels, String file, String type) {
        Set<String> values = new HashSet<>();
        labels.stream().filter(l -> l.file().equals(file) && l.type().equals(type)).forEach(l -> values.add(l.value()));
        return values;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new HashSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static Set<String> seedFiles() throws IOException {
        try (var listing = Files.list(SEEDS)) {
            Set<String> names = new HashSet<>();
            listing.filter(p -> p.toString().endsWith(".txt")).forEach(p -> names.add(p.getFileName().toString()));
            return names;
        }
    }

    private static List<Label> readGold() throws IOException {
        try (InputStream in = SeedEvaluationTest.class.getResourceAsStream("/entities/seeds-gold.tsv")) {
            Map<Label, Boolean> labels = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                assertEquals(3, c.length, "gold line needs file, type, value: " + line);
                assertTrue(Set.of("person", "place", "organisation").contains(c[1]), "unknown type in: " + line);
                assertTrue(labels.put(new Label(c[0], c[1], c[2].strip()), true) == null, "duplicate gold line: " + line);
            }
            return List.copyOf(labels.keySet());
        }
    }
}
