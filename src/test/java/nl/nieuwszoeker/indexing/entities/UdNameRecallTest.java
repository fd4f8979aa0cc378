package nl.nieuwszoeker.indexing.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Untyped name recall on real sentences: the capitalised proper nouns (PROPN) of UD Dutch LassySmall, derived
 * into {@code entities/ud/propn.tsv}. A gold token counts as found when a word of any value the extractor
 * returns for its sentence is that token. Lowercase PROPN tokens (Lassy tags month names so) are left out.
 */
class UdNameRecallTest {

    private static final double FLOOR = 0;

    @Test
    void properNounsOfRealSentencesAreFound() throws IOException {
        EntityExtractor extractor = EntityExtractor.load();
        int gold = 0;
        int found = 0;
        try (InputStream in = UdNameRecallTest.class.getResourceAsStream("/entities/ud/propn.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                Entities e = extractor.extract(null, c[1]);
                Set<String> words = new HashSet<>();
                Stream.of(e.persons(), e.places(), e.organisations()).flatMap(List::stream)
                        .forEach(v -> words.addAll(List.of(v.split("[\\s]+"))));
                for (String token : c[2].split(" \\| ")) {
                    if (!Character.isUpperCase(token.codePointAt(0))) {
                        continue;
                    }
                    gold++;
                    if (words.contains(token)) {
                        found++;
                    }
                }
            }
        }
        double recall = (double) found / gold;
        System.out.printf("entities ud-propn untyped recall %.3f (%d/%d)%n", recall, found, gold);
        assertTrue(recall >= FLOOR, "untyped PROPN recall " + recall);
    }
}
