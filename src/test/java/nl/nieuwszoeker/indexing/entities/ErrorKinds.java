package nl.nieuwszoeker.indexing.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the kinds of error on labelled sets without printing a single example, so a blind set can say where its
 * errors lie and stay blind: a gold entity found, found with another type, found with another span, or not at
 * all; a value returned right (a second name of an entity counts too), with another type, another span, or
 * for nothing labelled.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench-classpath.txt)
 *   nl.nieuwszoeker.indexing.entities.ErrorKinds /entities/devset/heldout7 /entities/ud/typed-dev</pre>
 */
public final class ErrorKinds {

    public static void main(String[] folders) {
        EntityExtractor extractor = EntityExtractor.load();
        for (String folder : folders) {
            Map<String, Integer> counts = new TreeMap<>();
            for (LabelledArticles.Article article : LabelledArticles.readResource(folder).articles()) {
                Entities found = extractor.extract(null, article.text());
                Map<String, String> returned = new LinkedHashMap<>();
                found.persons().forEach(v -> returned.put(v, "person"));
                found.places().forEach(v -> returned.put(v, "place"));
                found.organisations().forEach(v -> returned.put(v, "organisation"));
                for (LabelledArticles.Gold gold : article.gold()) {
                    String kind = kind(gold.names(), gold.type(), returned, "gold: ");
                    counts.merge(kind + " [" + gold.type() + "]", 1, Integer::sum);
                }
                returned.forEach((value, type) -> {
                    String kind = "value: nothing";
                    for (LabelledArticles.Gold gold : article.gold()) {
                        kind = better(kind, kind(gold.names(), gold.type(), Map.of(value, type), "value: "));
                    }
                    counts.merge(kind + " [" + type + "]", 1, Integer::sum);
                });
            }
            System.out.println(folder);
            counts.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-45s %4d%n", k, v));
        }
    }

    /** How a gold entity with these names and this type shows among the returned values. */
    private static String kind(List<String> names, String type, Map<String, String> returned, String prefix) {
        String kind = prefix + "nothing";
        for (Map.Entry<String, String> r : returned.entrySet()) {
            for (String name : names) {
                String n = LabelledArticles.fold(name);
                String v = LabelledArticles.fold(r.getKey());
                if (n.equals(v)) {
                    kind = better(kind, prefix + (r.getValue().equals(type) ? "right" : "same span, other type"));
                } else if (n.contains(v) || v.contains(n)) {
                    kind = better(kind, prefix + "overlapping span");
                }
            }
        }
        return kind;
    }

    private static final List<String> ORDER = List.of("right", "same span, other type", "overlapping span", "nothing");

    private static String better(String a, String b) {
        return rank(b) < rank(a) ? b : a;
    }

    private static int rank(String kind) {
        String k = kind.substring(kind.indexOf(": ") + 2);
        return ORDER.indexOf(k) < 0 ? ORDER.size() : ORDER.indexOf(k);
    }
}
