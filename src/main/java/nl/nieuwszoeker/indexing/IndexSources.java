package nl.nieuwszoeker.indexing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which folder each index was built from, kept in the data folder. An incremental run deletes what its folder
 * lacks, so a watched folder may only feed an index that was built from that same folder.
 */
public record IndexSources(Path dataDir) {

    public void remember(String index, Path folder) {
        if (index == null) {
            return;
        }
        try {
            Files.createDirectories(dir());
            Files.writeString(dir().resolve(index + ".folder"), folder.toAbsolutePath().normalize().toString(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(IndexSources.class).warn("cannot record the folder of {}: {}", index,
                    e.getMessage());
        }
    }

    public Optional<Path> of(String index) {
        try {
            return Optional.of(Path.of(Files.readString(dir().resolve(index + ".folder"), StandardCharsets.UTF_8).strip()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path dir() {
        return dataDir.resolve("sources");
    }
}
