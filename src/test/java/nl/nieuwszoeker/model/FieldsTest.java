package nl.nieuwszoeker.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.nieuwszoeker.es.IndexSchema;
import nl.nieuwszoeker.search.Facet;
import org.junit.jupiter.api.Test;

/** The mapping is the one source of the field names; the constants that name them must agree with it. */
class FieldsTest {

    @Test
    void everyConstantNamesAFieldOfTheMapping() throws Exception {
        Set<String> paths = mappingPaths();
        for (String name : constants()) {
            assertTrue(paths.contains(name), "Fields names " + name + ", which mappings/articles.json lacks");
        }
    }

    @Test
    void everyTopLevelFieldOfTheMappingHasAConstant() throws Exception {
        Set<String> topLevel = new TreeSet<>();
        properties().fieldNames().forEachRemaining(topLevel::add);
        Set<String> named = new TreeSet<>(constants());
        named.retainAll(topLevel);
        assertEquals(topLevel, named);
    }

    @Test
    void everyFacetIsAKeywordFieldWithAFoldedTwin() throws Exception {
        Set<String> paths = mappingPaths();
        for (Facet facet : Facet.values()) {
            assertEquals("keyword", properties().path(facet.field()).path("type").asText(), facet.field());
            if (facet != Facet.LENGTH) { // a closed set of three values, offered as a list, never typed
                assertTrue(paths.contains(Fields.folded(facet.field())), Fields.folded(facet.field()));
            }
        }
    }

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field f : Fields.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                names.add((String) f.get(null));
            }
        }
        return names;
    }

    private static JsonNode properties() throws IOException {
        try (InputStream in = IndexSchema.class.getResourceAsStream(IndexSchema.RESOURCE)) {
            return new ObjectMapper().readTree(in).path("mappings").path("properties");
        }
    }

    /** Every field a query may name: top-level fields, their multi-fields and an object's own fields. */
    private static Set<String> mappingPaths() throws IOException {
        Set<String> paths = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties().fields(); it.hasNext(); ) {
            var field = it.next();
            paths.add(field.getKey());
            field.getValue().path("fields").fieldNames().forEachRemaining(sub -> paths.add(field.getKey() + "." + sub));
            field.getValue().path("properties").fieldNames().forEachRemaining(sub -> paths.add(field.getKey() + "." + sub));
        }
        return paths;
    }
}
