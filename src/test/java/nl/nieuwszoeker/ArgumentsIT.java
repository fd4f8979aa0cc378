package nl.nieuwszoeker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.nieuwszoeker.indexing.IndexLock;
import nl.nieuwszoeker.support.Jar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes on the command line fail with exit 2 and one line naming the fix, before Elasticsearch starts:
 * the data folder never gets a node. The packaged jar is run as a user runs it.
 */
class ArgumentsIT {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private Path data;
    private Path log;
    private Map<String, String> env;

    @BeforeEach
    void folders() throws Exception {
        data = tmp.resolve("data");
        log = tmp.resolve("out.log");
        env = new HashMap<>(Map.of("NZ_DATA_DIR", data.toString()));
    }

    private Jar.Result refused(String... args) throws Exception {
        Jar.Result r = Jar.run(env, log, LIMIT, args);
        assertEquals(2, r.exit(), r.output());
        assertFalse(Files.exists(data.resolve("node").resolve("node.json")), "a node was started: " + r.output());
        assertFalse(Files.exists(data.resolve("node").resolve("home")), "a node was prepared: " + r.output());
        assertFalse(r.output().contains(" INFO ") && r.output().toLowerCase().contains("error"), r.output());
        System.out.printf("[ArgumentsIT] `%s` refused in %d ms%n", String.join(" ", args), r.millis());
        return r;
    }

    @Test
    void aMissingSeedsFolderIsRefusedByServeAndIndex() throws Exception {
        Path nope = tmp.resolve("nope");
        assertTrue(refused("serve", "--seeds", nope.toString()).output()
                .contains("the articles folder " + nope + " does not exist"));
        assertTrue(refused("index", "--seeds", nope.toString()).output()
                .contains("the articles folder " + nope + " does not exist"));
    }

    @Test
    void aFileGivenAsSeedsFolderIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("artikel.txt"), "Een artikel.");
        assertTrue(refused("index", "--seeds", file.toString()).output().contains("is a file, not a folder"));
    }

    @Test
    void aTakenPortIsRefused() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("0.0.0.0", 0));
            int port = taken.getLocalPort();
            assertTrue(refused("serve", "--seeds", seeds.toString(), "--port", Integer.toString(port)).output()
                    .contains("port " + port + " is already in use"));
        }
    }

    @Test
    void badConfigurationIsRefused() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        env.put("NZ_PORT", "zevenduizend");
        assertTrue(refused("serve", "--seeds", seeds.toString()).output()
                .contains("NZ_PORT must be a whole number, got 'zevenduizend'"));
        env.remove("NZ_PORT");
        env.put("ES_RETRIES", "-1");
        assertTrue(refused("index", "--seeds", seeds.toString()).output().contains("ES_RETRIES must be 0 or more"));
    }

    @Test
    void aSecondIndexRunOnTheSameAliasIsRefused() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Path lockFile = IndexLock.file(data, "articles");
        Files.createDirectories(lockFile.getParent());
        // Another process's run, as the lock file shows it; this JVM stands in for that process.
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var held = channel.lock()) {
            channel.write(java.nio.ByteBuffer.wrap("pid 4242, index, since 2026-11-29T10:00:00Z\n".getBytes()));
            String out = refused("index", "--seeds", seeds.toString()).output();
            assertTrue(out.contains("another indexing run on alias articles is in progress (pid 4242, index"), out);
        }
    }
}
