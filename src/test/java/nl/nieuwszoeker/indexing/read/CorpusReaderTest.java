package nl.nieuwszoeker.indexing.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path dir;

    @Test
    void aSymlinkedFolderIsReadThroughItsTarget() throws IOException {
        Path real = Files.createDirectories(dir.resolve("archief/2024"));
        Files.writeString(real.resolve("a.txt"), "Titel\n\nTekst.");
        Files.writeString(real.resolve(".verborgen.txt"), "niet lezen");
        Path link = Files.createSymbolicLink(dir.resolve("nieuws"), dir.resolve("archief"));

        CorpusReader reader = new CorpusReader(link, CorpusReader.DEFAULT_MAX_FILE_SIZE);

        assertEquals(List.of(Path.of("2024/a.txt")), reader.files());
        assertEquals(1, reader.read(reader.files().get(0)).articles().size());
    }
}
