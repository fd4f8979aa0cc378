package nl.nieuwszoeker.indexing.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

/**
 * CPU seconds of this thread to extract the entities of articles (.jsonl, as `bench/run generate` writes them),
 * pass after pass, so the indexer's extraction cost can be compared before and after a change without a node.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench-classpath.txt)
 *   nl.nieuwszoeker.indexing.entities.ExtractionSpeed part-00000.jsonl ...</pre>
 */
public final class ExtractionSpeed {

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        var docs = new ArrayList<String[]>();
        for (String a : args) {
            for (String line : Files.readAllLines(Path.of(a), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode d = json.readTree(line);
                    docs.add(new String[] {d.path("title").asText(), d.path("body").asText()});
                }
            }
        }
        EntityExtractor extractor = EntityExtractor.load();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int pass = 1; pass <= Integer.getInteger("passes", 5); pass++) {
            long start = cpu.getCurrentThreadCpuTime();
            long found = 0;
            for (String[] d : docs) {
                Entities e = extractor.extract(d[0], d[1]);
                found += e.persons().size() + e.places().size() + e.organisations().size();
            }
            double s = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "pass %d: %d articles in %.2f CPU s, %.0f articles per CPU second, %d names found%n",
                    pass, docs.size(), s, docs.size() / s, found);
        }
    }
}
