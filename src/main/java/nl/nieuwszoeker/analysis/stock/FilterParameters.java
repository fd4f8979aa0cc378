package nl.nieuwszoeker.analysis.stock;

import java.util.Set;
import java.util.TreeSet;
import org.elasticsearch.common.settings.Settings;

/** Rejects parameters a filter does not understand, so a typo fails index creation instead of being ignored. */
final class FilterParameters {

    private FilterParameters() {}

    static void check(String filterType, String name, Settings settings, Set<String> accepted) {
        var unknown = new TreeSet<String>();
        for (String key : settings.keySet()) {
            String root = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            // Elasticsearch adds index.* (such as the created version) to every filter's settings.
            if (!root.equals("type") && !root.equals("index") && !accepted.contains(root)) {
                unknown.add(root);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("token filter [" + name + "] of type [" + filterType
                    + "] does not support " + unknown + "; supported parameters: " + new TreeSet<>(accepted));
        }
    }
}
