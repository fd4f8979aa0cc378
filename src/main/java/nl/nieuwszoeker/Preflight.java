package nl.nieuwszoeker;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.nieuwszoeker.config.ConfigException;

/** Checks of the command line that need no Elasticsearch, made before it starts, so a typo fails in a second. */
final class Preflight {

    private Preflight() {}

    static void readableFolder(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        String how = "; name an existing folder with --seeds or NZ_SEEDS";
        if (!Files.exists(abs)) {
            throw new ConfigException("the articles folder " + abs + " does not exist" + how);
        }
        if (!Files.isDirectory(abs)) {
            throw new ConfigException("the articles folder " + abs + " is a file, not a folder" + how);
        }
        if (!Files.isReadable(abs) || !Files.isExecutable(abs)) {
            throw new ConfigException("the articles folder " + abs + " cannot be read by this user" + how);
        }
    }
}
