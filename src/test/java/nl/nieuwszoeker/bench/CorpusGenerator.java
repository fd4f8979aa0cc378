package nl.nieuwszoeker.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes N Dutch news-like articles into a folder the indexer reads. The same seed, size and vocabulary
 * give the same corpus: article n depends only on (seed, n), so files are written in parallel.
 *
 * <p>Run alone: {@code bench/run generate --size 10000 --seed 42 --out /tmp/corpus [--format jsonl|txt]}.
 */
final class CorpusGenerator {

    enum Format { JSONL, TXT }

    static final int PER_FILE = 1000;
    private static final Instant FIRST_DAY = Instant.parse("2016-01-01T00:00:00Z");
    private static final long TEN_YEARS_S = 3653L * 24 * 3600;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CONNECTORS = {"in", "volgens", "met", "bij", "tegen", "voor", "over", "door"};

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record GeneratedArticle(String id, String title, String body, String published, String source, String url,
                            String section, String author, List<String> tags) {}

    private final CorpusModel model;

    CorpusGenerator(CorpusModel model) {
        this.model = model;
    }

    /** Generates into {@code folder} unless a complete corpus with the same parameters is already there. */
    Path ensure(Path folder, int size, Format format) throws IOException {
        String stamp = "seed=" + model.seed + " size=" + size + " format=" + format + " vocabulary=" + model.vocabularySource;
        // Beside the folder, not in it: the indexer reads every file in the folder.
        Path marker = folder.resolveSibling(folder.getFileName() + ".corpus");
        if (Files.isDirectory(folder) && Files.exists(marker) && Files.readString(marker).strip().equals(stamp)) {
            return folder;
        }
        Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
        deleteTree(partial);
        deleteTree(folder);
        Files.createDirectories(partial);
        int files = (size + PER_FILE - 1) / PER_FILE;
        IntStream.range(0, files).parallel().forEach(f -> {
            int from = f * PER_FILE;
            int to = Math.min(size, from + PER_FILE);
            try {
                write(partial, f, from, to, format);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(marker, stamp + "\n");
        return folder;
    }

    private void write(Path root, int file, int from, int to, Format format) throws IOException {
        if (format == Format.JSONL) {
            try (BufferedWriter out = Files.newBufferedWriter(root.resolve(String.format("part-%05d.jsonl", file)),
                    StandardCharsets.UTF_8)) {
                for (int n = from; n < to; n++) {
                    out.write(JSON.writeValueAsString(article(n)));
                    out.write('\n');
                }
            }
        } else {
            Path dir = Files.createDirectories(root.resolve(String.format("part-%05d", file)));
            for (int n = from; n < to; n++) {
                GeneratedArticle a = article(n);
                Files.writeString(dir.resolve(String.format("%07d.txt", n)), a.title() + ".\n\n" + a.body() + "\n",
                        StandardCharsets.UTF_8);
            }
        }
    }

    GeneratedArticle article(int n) {
        var r = new SplittableRandom(model.seed * 0x9E3779B97F4A7C15L + n);
        String source = model.sources.draw(r);
        String section = model.sections.draw(r);
        List<String> persons = distinct(model.persons, r, r.nextInt(4));
        List<String> places = distinct(model.places, r, 1 + r.nextInt(3));
        List<String> orgs = distinct(model.organisations, r, r.nextInt(3));
        List<String> tags = distinct(model.tags, r, 1 + r.nextInt(4));

        // Lengths of news articles: 2 to 6 KB, most of them nearer the short end.
        int target = 2000 + (int) (4000 * Math.pow(r.nextDouble(), 1.6));
        List<String> firstMentions = new ArrayList<>();
        persons.forEach(firstMentions::add);
        places.forEach(p -> firstMentions.add("in " + p));
        orgs.forEach(firstMentions::add);
        List<String> laterMentions = new ArrayList<>();
        persons.forEach(p -> laterMentions.add(surname(p)));
        places.forEach(laterMentions::add);
        orgs.forEach(laterMentions::add);

        var body = new StringBuilder(target + 400);
        int pending = 0;
        while (body.length() < target) {
            if (body.length() > 0) {
                body.append("\n\n");
            }
            int sentences = 2 + r.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                String mention = null;
                if (pending < firstMentions.size()) {
                    mention = firstMentions.get(pending++);
                } else if (!laterMentions.isEmpty() && r.nextInt(3) == 0) {
                    mention = laterMentions.get(r.nextInt(laterMentions.size()));
                }
                if (s > 0) {
                    body.append(' ');
                }
                sentence(body, r, mention);
            }
        }
        String title = title(r, places.isEmpty() ? null : places.get(0), persons.isEmpty() ? null : surname(persons.get(0)));
        Instant published = FIRST_DAY.plusSeconds(r.nextLong(TEN_YEARS_S));
        String day = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC).format(published);
        String url = "https://" + slug(source).replace("-", "") + ".example.nl/" + slug(section) + "/" + day + "/"
                + slug(title) + "-" + n;
        return new GeneratedArticle(String.format("g%d-%07d", model.seed, n), title, body.toString(),
                published.toString(), source, url, section, model.authors.draw(r), tags);
    }

    private void sentence(StringBuilder out, SplittableRandom r, String mention) {
        int length = 6 + r.nextInt(18);
        int mentionAt = mention == null ? -1 : r.nextInt(length);
        for (int i = 0; i < length; i++) {
            String word = i == mentionAt ? connector(r, mention) : model.words.draw(r);
            if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else {
                out.append(i > 2 && r.nextInt(12) == 0 ? ", " : " ");
            }
            out.append(word);
        }
        out.append('.');
    }

    private static String connector(SplittableRandom r, String mention) {
        return mention.startsWith("in ") ? mention : CONNECTORS[r.nextInt(CONNECTORS.length)] + " " + mention;
    }

    private String title(SplittableRandom r, String place, String person) {
        int length = 4 + r.nextInt(6);
        var title = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String w;
            do {
                w = model.words.draw(r);
            } while (w.length() < 4);
            title.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        int pick = r.nextInt(3);
        if (pick == 0 && place != null) {
            title.append(" in ").append(place);
        } else if (pick == 1 && person != null) {
            title.insert(0, person + ": ");
        }
        return title.toString();
    }

    static String surname(String person) {
        String last = person.substring(person.indexOf(' ') + 1);
        return Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }

    private static List<String> distinct(Zipf<String> pool, SplittableRandom r, int count) {
        var chosen = new LinkedHashSet<String>();
        for (int tries = 0; chosen.size() < Math.min(count, pool.size()) && tries < count * 20; tries++) {
            chosen.add(pool.draw(r));
        }
        return List.copyOf(chosen);
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() <= 60 ? slug : slug.substring(0, 60).replaceAll("-[^-]*$", "");
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Standalone entry point: generate a corpus without running the benchmarks. */
    public static void main(String[] args) throws IOException {
        Map<String, String> opts = Bench.options(args);
        long seed = Long.parseLong(opts.getOrDefault("seed", "42"));
        int size = Integer.parseInt(opts.getOrDefault("size", "10000"));
        Format format = Format.valueOf(opts.getOrDefault("format", "jsonl").toUpperCase(Locale.ROOT));
        Path out = Path.of(opts.getOrDefault("out", "/tmp/nieuwszoeker-corpus-" + size));
        var model = CorpusModel.create(seed, Path.of(opts.getOrDefault("dictionary", CorpusModel.DEFAULT_DICTIONARY.toString())));
        long t0 = System.nanoTime();
        new CorpusGenerator(model).ensure(out, size, format);
        System.out.printf("%d articles (%s) in %s after %.1f s; vocabulary: %s%n", size, format, out,
                (System.nanoTime() - t0) / 1e9, model.vocabularySource);
    }
}
