package nl.nieuwszoeker.analysis.dutch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.nieuwszoeker.node.PluginZips;
import org.elasticsearch.plugin.Extensible;
import org.elasticsearch.plugin.NamedComponent;
import org.junit.jupiter.api.Test;

/**
 * The plugin zip's named_components.json is written by hand; the installer trusts it and a node silently drops a
 * filter it does not list. So it must list exactly the @NamedComponent classes of the plugin's package.
 */
class NamedComponentsAgreeTest {

    private static final Path LISTED = Path.of("src/main/plugin/dutch/named_components.json");
    private static final String PACKAGE = NamedComponentsAgreeTest.class.getPackageName();

    @Test
    void theListNamesEveryComponentClassUnderItsExtensionPoint() throws Exception {
        Map<String, Map<String, String>> listed = new ObjectMapper().readValue(LISTED.toFile(), new TypeReference<>() {});
        Map<String, Map<String, String>> annotated = annotatedComponents();
        assertFalse(annotated.isEmpty(), "no @NamedComponent class found in " + PACKAGE);
        assertEquals(annotated, listed, LISTED + " and the @NamedComponent classes disagree");
    }

    private static Map<String, Map<String, String>> annotatedComponents() throws IOException, ClassNotFoundException {
        Path classes = mainClasses().resolve(PACKAGE.replace('.', '/'));
        Map<String, Map<String, String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = PACKAGE + "." + classes.relativize(file).toString()
                        .replace(".class", "").replace('/', '.');
                Class<?> type = Class.forName(name, false, NamedComponentsAgreeTest.class.getClassLoader());
                NamedComponent component = type.getAnnotation(NamedComponent.class);
                if (component == null) {
                    continue;
                }
                for (Class<?> api : type.getInterfaces()) {
                    if (api.isAnnotationPresent(Extensible.class)) {
                        found.computeIfAbsent(api.getName(), k -> new TreeMap<>()).put(component.value(), name);
                    }
                }
            }
        }
        return found;
    }

    /** The main classes folder (not the test classes, which share this package). */
    private static Path mainClasses() {
        try {
            return Path.of(PluginZips.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
