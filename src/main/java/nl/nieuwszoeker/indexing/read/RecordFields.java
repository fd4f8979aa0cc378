package nl.nieuwszoeker.indexing.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The metadata fields an input record may carry, read from a parsed map (JSON object or YAML mapping). */
final class RecordFields {

    static final Set<String> KNOWN = Set.of("id", "title", "body", "published", "source", "url", "section",
            "author", "tags");

    private final Map<String, Object> values;
    private final int line;

    private RecordFields(Map<String, Object> values, int line) {
        this.values = values;
        this.line = line;
    }

    /** Reads the known fields; unknown ones are named in a warning, a field of the wrong shape is BadInput. */
    static RawArticle article(Map<String, Object> values, String file, int line, String bodyOverride,
            String rawText, Collector out) throws BadInput {
        for (String key : values.keySet()) {
            if (!KNOWN.contains(key)) {
                out.warn(line, "ignored unknown field '" + key + "'");
            }
        }
        var f = new RecordFields(values, line);
        String body = bodyOverride != null ? bodyOverride : f.text("body");
        if (body == null || body.isBlank()) {
            throw new BadInput(line, "no body");
        }
        return new RawArticle(file, line, f.text("id"), f.text("title"), body, f.text("published"),
                f.text("source"), f.text("url"), f.text("section"), f.text("author"), f.tags(), rawText);
    }

    private String text(String name) throws BadInput {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            String s = v.toString().strip();
            return s.isEmpty() ? null : s;
        }
        throw new BadInput(line, "field '" + name + "' must be text, not " + shape(v));
    }

    /** A list of texts, or one text with tags separated by commas. */
    private List<String> tags() throws BadInput {
        Object v = values.get("tags");
        List<String> tags = new ArrayList<>();
        if (v == null) {
            return tags;
        }
        if (v instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    throw new BadInput(line, "field 'tags' must hold texts, not " + shape(item));
                }
                if (item != null && !item.toString().isBlank()) {
                    tags.add(item.toString().strip());
                }
            }
            return tags;
        }
        String joined = text("tags");
        if (joined != null) {
            for (String t : joined.split(",")) {
                if (!t.isBlank()) {
                    tags.add(t.strip());
                }
            }
        }
        return tags;
    }

    private static String shape(Object v) {
        return v instanceof Map<?, ?> ? "an object" : v instanceof List<?> ? "a list" : v.getClass().getSimpleName();
    }
}
