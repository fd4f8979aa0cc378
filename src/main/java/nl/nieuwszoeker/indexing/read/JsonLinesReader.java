package nl.nieuwszoeker.indexing.read;

import com.fasterxml.jackson.databind.JsonNode;

/** .jsonl: one article object per line; a bad line is skipped with its number and the others are read. */
final class JsonLinesReader implements FormatReader {

    @Override
    public void read(SourceText source, Collector out) {
        String[] lines = source.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JsonReader.parse(line, lineNo);
                if (!node.isObject()) {
                    throw new BadInput(lineNo, "line " + lineNo + " is not a JSON object");
                }
                out.article(JsonReader.toArticle(node, source.file(), lineNo, line, out));
            } catch (BadInput e) {
                out.skip(lineNo, e.getMessage());
            }
        }
    }
}
