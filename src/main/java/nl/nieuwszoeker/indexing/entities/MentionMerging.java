package nl.nieuwszoeker.indexing.entities;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** After the scan: one type per name, short forms that open one longer name, and the names grouped by type. */
final class MentionMerging {

    private MentionMerging() {
    }

    /**
     * One name, one type in an article: "Kåfjord" after "in" and again, cueless, as a body is the place. Mentions
     * typed by a cue, a list or the lexicon outvote those typed by default; among equals the most mentions win,
     * then the first.
     */
    static List<Mention> oneTypePerName(List<Mention> mentions, Set<Integer> guessed) {
        java.util.Map<String, EntityType> chosen = new java.util.HashMap<>();
        java.util.Map<String, List<Mention>> byValue = mentions.stream()
                .collect(Collectors.groupingBy(Mention::value, java.util.LinkedHashMap::new, Collectors.toList()));
        byValue.forEach((value, list) -> {
            if (list.stream().map(Mention::type).distinct().count() < 2) {
                return;
            }
            List<Mention> firm = list.stream().filter(m -> !guessed.contains(m.position())).toList();
            List<Mention> voters = firm.isEmpty() ? list : firm;
            java.util.Map<EntityType, Long> votes = voters.stream()
                    .collect(Collectors.groupingBy(Mention::type, Collectors.counting()));
            long most = votes.values().stream().mapToLong(Long::longValue).max().orElse(0);
            voters.stream().filter(m -> votes.get(m.type()) == most).min(Comparator.comparingInt(Mention::position))
                    .ifPresent(m -> chosen.put(value, m.type()));
        });
        if (chosen.isEmpty()) {
            return mentions;
        }
        return mentions.stream().map(m -> chosen.containsKey(m.value()) && chosen.get(m.value()) != m.type()
                ? new Mention(chosen.get(m.value()), m.value(), m.position()) : m).toList();
    }

    /** "De GGD IJsselland meldt …", then "GGD": an acronym alone is the one longer name in the article it opens. */
    static List<Mention> expandAcronyms(List<Mention> mentions) {
        return mentions.stream().map(m -> {
            if (m.type() != EntityType.ORGANISATION || m.value().contains(" ")) {
                return m;
            }
            List<String> longer = mentions.stream().filter(o -> o.type() == EntityType.ORGANISATION)
                    .map(Mention::value).filter(v -> v.startsWith(m.value() + " ")).distinct().toList();
            return longer.size() == 1 && m.value().chars().allMatch(Character::isUpperCase)
                    ? new Mention(m.type(), longer.get(0), m.position()) : m;
        }).toList();
    }

    static Entities group(List<Mention> mentions) {
        List<Mention> ordered = mentions.stream().sorted(Comparator.comparingInt(Mention::position)).toList();
        return new Entities(values(ordered, EntityType.PERSON), values(ordered, EntityType.PLACE),
                values(ordered, EntityType.ORGANISATION));
    }

    private static List<String> values(List<Mention> ordered, EntityType type) {
        return ordered.stream().filter(m -> m.type() == type).map(Mention::value).distinct().toList();
    }
}
