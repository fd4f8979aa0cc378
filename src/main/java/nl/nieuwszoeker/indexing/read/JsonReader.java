package nl.nieuwszoeker.indexing.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Map;

/** .json: one article object, or an array of them. A malformed file is skipped whole, naming the line. */
final class JsonReader implements FormatReader {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    @Override
    public void read(SourceText source, Collector out) throws BadInput {
        JsonNode root = parse(source.text(), 0);
        if (root.isObject()) {
            out.article(toArticle(root, source.file(), 0, source.text(), out));
        } else if (root instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                // Positions count from 1 so that they read like line numbers in the report.
                int position = i + 1;
                try {
                    if (!item.isObject()) {
                        throw new BadInput(position, "array item " + position + " is not an object");
                    }
                    out.article(toArticle(item, source.file(), position, item.toString(), out));
                } catch (BadInput e) {
                    out.skip(position, "item " + position + ": " + e.getMessage());
                }
            }
        } else {
            throw new BadInput("expected a JSON object or an array of objects");
        }
    }

    static JsonNode parse(String text, int lineOffset) throws BadInput {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new BadInput(lineOffset, "no JSON value");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // Text of one .jsonl line is parsed alone: its line number is the offset, not Jackson's line.
            int line = lineOffset > 0 || at == null ? lineOffset : at.getLineNr();
            String where = at == null ? "" : " at line " + line + ", column " + at.getColumnNr();
            throw new BadInput(line, "malformed JSON" + where + ": " + readable(e.getOriginalMessage()));
        }
    }

    /** Jackson's message without its source placeholder, on one line. */
    private static String readable(String message) {
        return message.replaceAll("\\s*\\(start marker at \\[Source: .*?; line: \\d+, column: \\d+\\]\\)", "")
                .lines().findFirst().orElse("").strip();
    }

    static RawArticle toArticle(JsonNode node, String file, int line, String rawText, Collector out) throws BadInput {
        Map<String, Object> values = MAPPER.convertValue(node, MAP);
        return RecordFields.article(values, file, line, null, rawText, out);
    }
}
