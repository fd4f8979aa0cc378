package nl.nieuwszoeker.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Everything a generated corpus draws from, fixed by the seed: a Dutch vocabulary with a Zipf spread,
 * and long-tailed pools of persons, places, organisations, sources, sections, tags and authors.
 */
final class CorpusModel {

    static final Path DEFAULT_DICTIONARY = Path.of("/usr/share/dict/dutch");
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Ll}{3,16}");
    private static final int TAIL_WORDS = 60_000;

    final long seed;
    final String vocabularySource;
    final Zipf<String> words;
    final Zipf<String> persons;
    final Zipf<String> places;
    final Zipf<String> organisations;
    final Zipf<String> sources;
    final Zipf<String> sections;
    final Zipf<String> tags;
    final Zipf<String> authors;

    private CorpusModel(long seed, String vocabularySource, List<String> vocabulary, Map<String, List<String>> lists,
                        List<String> places, List<String> organisations) {
        this.seed = seed;
        this.vocabularySource = vocabularySource;
        this.words = new Zipf<>(vocabulary, 1.0);
        List<String> people = new ArrayList<>();
        for (String first : lists.get("first-names")) {
            for (String last : lists.get("surnames")) {
                people.add(first + " " + last);
            }
        }
        Collections.shuffle(people, new Random(seed));
        this.persons = new Zipf<>(people, 1.0);
        this.authors = new Zipf<>(shuffled(people, seed + 1).subList(0, 300), 0.9);
        this.places = new Zipf<>(shuffled(places, seed + 2), 1.0);
        this.organisations = new Zipf<>(shuffled(organisations, seed + 3), 1.0);
        this.sources = new Zipf<>(shuffled(lists.get("sources"), seed + 4), 0.8);
        this.sections = new Zipf<>(shuffled(lists.get("sections"), seed + 5), 0.7);
        this.tags = new Zipf<>(shuffled(lists.get("tags"), seed + 6), 1.0);
    }

    static CorpusModel create(long seed, Path dictionary) {
        Map<String, List<String>> lists = sections(resourceLines("/bench/corpus-lists.txt"));
        List<String> head = resourceLines("/bench/frequent-nl.txt");
        List<String> tail;
        String source;
        if (Files.isReadable(dictionary)) {
            tail = plainWords(readLines(dictionary));
            source = dictionary + " (" + tail.size() + " plain words)";
        } else {
            tail = plainWords(seedWords(Path.of("seeds")));
            source = "seeds/*.txt (no " + dictionary + "; install Debian wdutch for a richer vocabulary)";
        }
        var vocabulary = new LinkedHashSet<>(head);
        List<String> shuffledTail = shuffled(tail, seed);
        for (String w : shuffledTail) {
            if (vocabulary.size() >= head.size() + TAIL_WORDS) {
                break;
            }
            vocabulary.add(w);
        }
        return new CorpusModel(seed, source + ", " + vocabulary.size() + " words in the vocabulary",
                List.copyOf(vocabulary), lists, places(), gazetteerCanonicals("/entities/organisations.tsv"));
    }

    private static List<String> places() {
        var all = new LinkedHashSet<>(gazetteerCanonicals("/entities/places.tsv"));
        var dutch = Locale.forLanguageTag("nl");
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(dutch);
            if (!name.isBlank() && !name.equals(code) && !name.contains("(")) {
                all.add(name);
            }
        }
        return List.copyOf(all);
    }

    private static List<String> gazetteerCanonicals(String resource) {
        return resourceLines(resource).stream().map(l -> l.split("\t")[0].strip()).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> plainWords(List<String> candidates) {
        return candidates.stream().map(String::strip).filter(w -> PLAIN_WORD.matcher(w).matches()).distinct().sorted()
                .toList();
    }

    private static List<String> seedWords(Path seeds) {
        try (Stream<Path> files = Files.walk(seeds)) {
            List<String> words = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String w : Files.readString(f).split("[^\\p{L}]+")) {
                    words.add(w);
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> List<T> shuffled(List<T> items, long seed) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    private static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new ArrayList<>();
                sections.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        return sections;
    }

    static List<String> resourceLines(String resource) {
        try (InputStream in = CorpusModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
