package nl.nieuwszoeker.indexing.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds persons, places and organisations in Dutch news text: gazetteer matches (CLDR country names plus
 * curated places and organisations with aliases) and a capitalised-sequence heuristic for person names.
 * Immutable once loaded, so one instance serves all indexing threads.
 */
public final class EntityExtractor {

    private final Gazetteer gazetteer;
    private final NameRules names;

    private EntityExtractor(Gazetteer gazetteer, NameRules names) {
        this.gazetteer = gazetteer;
        this.names = names;
    }

    public static EntityExtractor load() {
        return new EntityExtractor(GazetteerLoader.load(), NameRules.load());
    }

    public Entities extract(String title, String body) {
        String text = (title == null || title.isBlank() ? "" : title + "\n") + (body == null ? "" : body);
        List<Token> tokens = Tokenizer.tokenize(text);
        Scan scan = new Scan(tokens, lowercaseWords(tokens));
        scan.run();
        scan.resolveSurnames();
        return group(scan.mentions);
    }

    /** Words the text itself writes in lowercase; capitalised at a sentence start they are ordinary words. */
    private static Set<String> lowercaseWords(List<Token> tokens) {
        return tokens.stream()
                .filter(t -> !t.capitalised())
                .map(t -> t.text().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    private static Entities group(List<Mention> mentions) {
        List<Mention> ordered = mentions.stream().sorted(Comparator.comparingInt(Mention::position)).toList();
        return new Entities(values(ordered, EntityType.PERSON), values(ordered, EntityType.PLACE),
                values(ordered, EntityType.ORGANISATION));
    }

    private static List<String> values(List<Mention> ordered, EntityType type) {
        return ordered.stream().filter(m -> m.type() == type).map(Mention::value).distinct().toList();
    }

    /** Per-call working state; never shared between calls. */
    private final class Scan {
        private final List<Token> tokens;
        private final Set<String> lowercaseWords;
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Person> persons = new ArrayList<>();
        private final List<LoneWord> loneWords = new ArrayList<>();

        Scan(List<Token> tokens, Set<String> lowercaseWords) {
            this.tokens = tokens;
            this.lowercaseWords = lowercaseWords;
        }

        void run() {
            int i = 0;
            while (i < tokens.size()) {
                i = step(i);
            }
        }

        private int step(int i) {
            Optional<Gazetteer.Match> match = gazetteer.matchAt(tokens, i).filter(m -> !ordinaryWord(i, m));
            if (match.isPresent()) {
                add(match.get().entry(), i);
                return i + match.get().length();
            }
            String stem = NameRules.compoundStem(tokens.get(i).text());
            if (stem != null) {
                gazetteer.lookupWord(stem).ifPresentOrElse(e -> add(e, i), () -> lone(stem, i));
                return i + 1;
            }
            if (!startsName(i)) {
                return i + 1;
            }
            int end = nameEnd(i);
            List<String> words = tokens.subList(i, end).stream().map(Token::text).toList();
            if (words.size() == 1) {
                lone(words.get(0), i);
            } else {
                person(words, i);
                coordinatedGivenName(words, i);
            }
            return end;
        }

        private boolean startsName(int i) {
            return names.nameWord(tokens.get(i).text()) && !ordinaryWordAtSentenceStart(i);
        }

        /** "Telegram" opening a sentence in a text that also writes "telegram" is the common noun; "IS" is not. */
        private boolean ordinaryWord(int i, Gazetteer.Match match) {
            return match.length() == 1 && ordinaryWordAtSentenceStart(i);
        }

        private boolean ordinaryWordAtSentenceStart(int i) {
            Token token = tokens.get(i);
            return token.sentenceStart() && !token.allCaps()
                    && lowercaseWords.contains(token.text().toLowerCase(Locale.ROOT));
        }

        private int nameEnd(int start) {
            int j = start + 1;
            while (j < tokens.size() && continuesName(j)) {
                int k = j;
                while (k < tokens.size() && names.particle(tokens.get(k).text()) && continuesName(k)) {
                    k++;
                }
                if (k < tokens.size() && continuesName(k) && names.nameWord(tokens.get(k).text())) {
                    j = k + 1;
                } else {
                    break;
                }
            }
            return j;
        }

        private boolean continuesName(int j) {
            return !tokens.get(j).separated() && gazetteer.matchAt(tokens, j).isEmpty();
        }

        /** Marks a lone word directly before "en" + full name as a possible coordinated given name. */
        private void coordinatedGivenName(List<String> words, int start) {
            if (start < 2 || loneWords.isEmpty()) {
                return;
            }
            Token conjunction = tokens.get(start - 1);
            if (!conjunction.text().equals("en") || conjunction.separated() || tokens.get(start).separated()) {
                return;
            }
            LoneWord last = loneWords.get(loneWords.size() - 1);
            if (last.position() == start - 2) {
                loneWords.set(loneWords.size() - 1,
                        new LoneWord(last.word(), last.position(), words.subList(1, words.size())));
            }
        }

        private void person(List<String> words, int position) {
            Person person = Person.of(words);
            if (persons.stream().noneMatch(p -> p.name().equals(person.name()))) {
                persons.add(person);
            }
            mentions.add(new Mention(EntityType.PERSON, person.name(), position));
        }

        private void lone(String word, int position) {
            loneWords.add(new LoneWord(word, position, List.of()));
        }

        private void add(Gazetteer.Entry entry, int position) {
            mentions.add(new Mention(entry.type(), entry.canonical(), position));
        }

        /**
         * A lone word names a person only when exactly one full name ends in it. Coordinated given names are
         * settled first, against the full names written out in the text, so "Biden en Kamala Harris" stays two
         * people while "Ibrahim en Khalid El Bakraoui" gains Ibrahim's surname.
         */
        void resolveSurnames() {
            List<Person> written = List.copyOf(persons);
            List<LoneWord> rest = new ArrayList<>();
            for (LoneWord lone : loneWords) {
                if (!lone.sharedSurname().isEmpty() && uniqueBySurname(written, lone.word()).isEmpty()) {
                    List<String> full = new ArrayList<>(List.of(lone.word()));
                    full.addAll(lone.sharedSurname());
                    person(full, lone.position());
                } else {
                    rest.add(lone);
                }
            }
            for (LoneWord lone : rest) {
                uniqueBySurname(persons, lone.word()).ifPresent(
                        p -> mentions.add(new Mention(EntityType.PERSON, p.name(), lone.position())));
            }
        }

        private Optional<Person> uniqueBySurname(List<Person> candidates, String word) {
            String key = NameRules.surnameKey(word);
            List<Person> found = candidates.stream().filter(p -> p.surnameKey().equals(key)).toList();
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }
    }
}
