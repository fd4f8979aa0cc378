package nl.nieuwszoeker.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;

/** The export as JSON Lines: one object per article, the same fields as a search hit's. */
public final class JsonLines implements ExportService.Sink {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;

    public JsonLines(Writer out) {
        this.out = out;
    }

    @Override
    public void start(long total, boolean truncated) {}

    @Override
    public void row(ExportService.Row r) throws IOException {
        var o = new LinkedHashMap<String, Object>();
        o.put("id", r.id());
        o.put("title", r.title());
        o.put("published", r.published());
        o.put("source", r.source());
        o.put("url", r.url());
        var entities = new LinkedHashMap<String, Object>();
        entities.put("persons", r.persons());
        entities.put("places", r.places());
        entities.put("organisations", r.organisations());
        o.put("entities", entities);
        out.write(JSON.writeValueAsString(o));
        out.write('\n');
    }
}
