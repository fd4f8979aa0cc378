package nl.nieuwszoeker.indexing.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Untyped name recall on real sentences: the capitalised proper nouns (PROPN) of UD Dutch LassySmall, derived
 * into {@code entities/ud/propn.tsv}. The sentences of one Wikipedia article (the sent_id before its first dot)
 * are read together, as the indexer reads an article; a gold token counts as found when a word of any value the
 * extractor returns for that article is that token. Lowercase PROPN tokens (Lassy tags month names so) are left out.
 */
class UdNameRecallTest {

    /**
     * 0.865 with RULES_VERSION 7. Version 8 no longer takes wars and elections ("Tweede Wereldoorlog") as
     * organisations, and writes a short form defined in brackets as its full name; Lassy tags both as proper nouns,
     * so this untyped count lost 26 tokens for a gain in typed precision.
     */
    private static final double FLOOR = 0.85;

    @Test
    void properNounsOfRealSentencesAreFound() throws IOException {
        EntityExtractor extractor = EntityExtractor.load();
        Map<String, List<String[]>> documents = new LinkedHashMap<>();
        try (InputStream in = UdNameRecallTest.class.getResourceAsStream("/entities/ud/propn.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    documents.computeIfAbsent(c[0].substring(0, c[0].indexOf('.')), k -> new ArrayList<>()).add(c);
                }
            }
        }
        int gold = 0;
        int found = 0;
        for (List<String[]> sentences : documents.values()) {
            Entities e = extractor.extract(null, sentences.stream().map(c -> c[1]).collect(Collectors.joining("\n")));
            Set<String> words = new HashSet<>();
            Stream.of(e.persons(), e.places(), e.organisations()).flatMap(List::stream)
                    .forEach(v -> words.addAll(List.of(v.split("\\s+"))));
            for (String[] c : sentences) {
                for (String token : c[2].split(" \\| ")) {
                    if (!Character.isUpperCase(token.codePointAt(0))) {
                        continue;
                    }
                    gold++;
                    if (words.contains(token)) {
                        found++;
                    } else if (System.getenv("UD_MISSES") != null) {
                        System.out.println("ud-miss\t" + token + "\t" + c[1]);
                    }
                }
            }
        }
        double recall = (double) found / gold;
        System.out.printf("entities ud-propn untyped recall %.3f (%d/%d) in %d documents%n", recall, found, gold,
                documents.size());
        assertTrue(recall >= FLOOR, "untyped PROPN recall " + recall);
    }
}
