package nl.nieuwszoeker.node;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.nieuwszoeker.es.DutchPluginCheck;
import nl.nieuwszoeker.es.ProvisionException;

/**
 * The Elasticsearch plugin zips a node gets, found in {@code es-plugins/} beside the app jar (or beside
 * {@code target/classes} when run from the build). They are never on the app's classpath: the lexicon alone is
 * 35 MB, and plugin classes can only load inside a node.
 */
public record PluginZips(List<Path> zips) {

    /** Lemmas and compounds from the lexicon; every node that holds the index needs it. */
    public static final String DUTCH = DutchPluginCheck.PLUGIN;
    /** Stock-named filters the minimal distribution lacks; a stock node has them and must never get this one. */
    public static final String STOCK = "nieuwszoeker-stock-analysis";

    /** Both zips: the embedded node runs the minimal distribution. */
    public static PluginZips forEmbeddedNode() {
        Path folder = folder();
        List<Path> zips = List.of(folder.resolve(DUTCH + ".zip"), folder.resolve(STOCK + ".zip"));
        for (Path zip : zips) {
            if (!Files.isRegularFile(zip)) {
                throw new ProvisionException("the Elasticsearch plugin " + zip.getFileName() + " is missing from "
                        + folder + "; `mvn package` builds it into target/es-plugins, beside target/nieuwszoeker.jar,"
                        + " and es-plugins/ must stay beside the jar");
            }
        }
        return new PluginZips(zips);
    }

    /** The same zips without the named plugin, e.g. a node like a stock one that was not given the Dutch plugin. */
    public PluginZips without(String name) {
        return new PluginZips(zips.stream().filter(z -> !z.getFileName().toString().equals(name + ".zip")).toList());
    }

    public static Path folder() {
        try {
            Path code = Path.of(PluginZips.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toAbsolutePath().getParent().resolve("es-plugins");
        } catch (URISyntaxException | SecurityException e) {
            throw new ProvisionException("cannot tell where the app was started from: " + e.getMessage(), e);
        }
    }

    /** Unpacks each zip into its own folder under the node's plugins folder, as the plugin installer would. */
    void installInto(Path pluginsDir) throws IOException {
        Files.createDirectories(pluginsDir);
        for (Path zip : zips) {
            String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
            unzip(zip, pluginsDir.resolve(name));
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException(zip + " holds an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file);
                }
            }
        }
    }
}
