package nl.nieuwszoeker.indexing.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Markdown with optional YAML front matter between "---" lines. The body is the Markdown after it, kept
 * as written; without a title field the first "# " heading, else the lead sentence, becomes the title.
 */
final class MarkdownReader implements FormatReader {

    @Override
    public void read(SourceText source, Collector out) throws BadInput {
        List<String> lines = source.text().lines().toList();
        Map<String, Object> meta = Map.of();
        int bodyFrom = 0;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int close = closingLine(lines);
            if (close < 0) {
                throw new BadInput(1, "front matter opened on line 1 is never closed with ---");
            }
            meta = frontMatter(String.join("\n", lines.subList(1, close)));
            bodyFrom = close + 1;
        }
        String body = String.join("\n", lines.subList(bodyFrom, lines.size())).strip();
        if (body.isEmpty()) {
            throw new BadInput("no body after the front matter");
        }
        Map<String, Object> values = new LinkedHashMap<>(meta);
        if (values.get("title") == null) {
            String heading = heading(body);
            if (heading != null) {
                values.put("title", heading);
            }
        }
        out.article(RecordFields.article(values, source.file(), 0, body, source.text(), out));
    }

    private static int closingLine(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> frontMatter(String yamlText) throws BadInput {
        try {
            Object parsed = yaml().load(yamlText);
            if (parsed == null) {
                return Map.of();
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new BadInput(2, "front matter must be 'key: value' lines");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            map.forEach((k, v) -> values.put(String.valueOf(k), v));
            return values;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            // Mark lines count from 0 within the YAML, which starts on the file's line 2.
            int line = mark == null ? 1 : mark.getLine() + 2;
            throw new BadInput(line, "malformed front matter at line " + line + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw new BadInput(1, "malformed front matter: " + e.getMessage());
        }
    }

    /**
     * Scalars stay text as written: dates get our own date rules rather than YAML's timestamp type, and an
     * id such as 0123 or a title such as "No" is not turned into a number or a boolean.
     */
    private static Yaml yaml() {
        var loading = new LoaderOptions();
        loading.setAllowDuplicateKeys(false);
        var dumping = new DumperOptions();
        return new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading, new TextScalars());
    }

    private static String heading(String body) {
        String first = body.lines().findFirst().orElse("");
        return first.startsWith("# ") ? first.substring(2).strip() : null;
    }

    private static final class TextScalars extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
        }
    }
}
