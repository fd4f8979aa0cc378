package nl.nieuwszoeker.indexing.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What one scan has found, and what it keeps aside to settle once the whole article is read. Per call. */
final class Findings {

    final List<Mention> mentions = new ArrayList<>();
    /** Names the article gives to events ("het festival Lowlands"): no entity wherever they stand. */
    final Set<String> events = new java.util.HashSet<>();
    final List<Person> persons = new ArrayList<>();
    final List<LoneWord> loneWords = new ArrayList<>();
    /** Places that are also surnames (Schiedam, Kampen): a person of that name in the article wins. */
    final List<Mention> placesOrSurnames = new ArrayList<>();
    /** Positions of mentions typed by default, with no cue, list or lexicon entry saying which type. */
    final Set<Integer> guessed = new java.util.HashSet<>();
    /** Runs of words no list knows, typed in {@link Resolution#resolve()} once the lone words are known. */
    final List<int[]> unknownRuns = new ArrayList<>();
    /** Positions of lone words in a body's context ("woordvoerder van X", "werkt bij X"), settled in resolve(). */
    final Set<Integer> bodyCued = new java.util.HashSet<>();
    /** Towns typed as their club by a match context: all their mentions without a place cue are the club. */
    final Set<String> matchClubs = new java.util.HashSet<>();
    /** The short forms defined in brackets, with the named entity each stands for in this article. */
    final java.util.Map<String, Mention> shortForms = new java.util.HashMap<>();

    void mention(EntityType type, String value, int position) {
        mentions.add(new Mention(type, value, position));
    }

    void add(Gazetteer.Entry entry, int position) {
        mentions.add(new Mention(entry.type(), entry.canonical(), position));
    }

    void person(List<String> words, int position) {
        Person person = Person.of(words);
        if (persons.stream().noneMatch(p -> p.name().equals(person.name()))) {
            persons.add(person);
        }
        mentions.add(new Mention(EntityType.PERSON, person.name(), position));
    }

    /** "Dennis" after "Dennis te Kloese": a given name alone refers to the one full name that starts with it. */
    Optional<Person> uniqueByGivenName(String word) {
        List<Person> found = persons.stream()
                .filter(p -> p.name().indexOf(' ') > 0 && p.name().substring(0, p.name().indexOf(' ')).equals(word))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    static Optional<Person> uniqueBySurname(List<Person> candidates, String word) {
        String key = NameRules.surnameKey(word);
        List<Person> found = candidates.stream().filter(p -> p.surnameKey().equals(key)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
