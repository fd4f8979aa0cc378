package nl.nieuwszoeker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.nieuwszoeker.support.Jar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged app as a user runs it, on its own data folder: one `serve` watching a folder, and `index`, a
 * second `serve` and a kill -9 of the node happening to it. The tests share the serving app, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuntimeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration NODE_START = Duration.ofMinutes(6);

    private Path tmp;
    private Path seeds;
    private Path data;
    private Path log;
    private int port;
    private Process serve;
    private Map<String, String> env;

    @BeforeAll
    void serve() throws Exception {
        tmp = Files.createTempDirectory("nieuwszoeker-runtime-it");
        seeds = Files.createDirectories(tmp.resolve("seeds"));
        // The node runs as nobody when the tests run as root, so its folders must be reachable for that user.
        data = Files.createDirectories(tmp.resolve("data"));
        tmp.toFile().setExecutable(true, false);
        article("eerste.txt", "Het waterschap Rivierenland versterkt de dijk bij Tiel.");
        article("tweede.md", "---\ntitle: Nieuwe brug over de Waal\n---\nDe brug bij Zaltbommel gaat in maart open.");
        env = Map.of("NZ_DATA_DIR", data.toString(), "NZ_ES_HEAP", "256m");
        log = tmp.resolve("serve.log");
        port = Jar.freePort();
        serve = Jar.start(env, log, "serve", "--seeds", seeds.toString(), "--port", Integer.toString(port));
        Jar.awaitHealthy(port, serve, log, NODE_START);
    }

    @AfterAll
    void stop() throws Exception {
        Jar.stop(serve);
        assertTrue(awaitNoNode(Duration.ofSeconds(60)), "the node still runs after its last user stopped");
    }

    @Test
    @Order(1)
    void aFileDroppedIntoTheWatchedFolderBecomesSearchable() throws Exception {
        assertEquals(0, total("Okavango"));
        long dropped = System.nanoTime();
        article("derde.txt", "Een reisbureau in Zwolle biedt safaris naar de Okavango aan.");
        awaitTrue(() -> total("Okavango") == 1, Duration.ofSeconds(60), "the dropped file never became searchable");
        System.out.printf("[RuntimeIT] a dropped file was searchable after %d ms%n", (System.nanoTime() - dropped) / 1_000_000);
        JsonNode live = health().get("seeds");
        assertTrue(live.get("watching").asBoolean(), live.toString());
        assertTrue(live.get("lastRun").get("summary").asText().startsWith("incremental run"), live.toString());
    }

    @Test
    @Order(2)
    void aBadFileIsReportedAndChangesNothingElse() throws Exception {
        long before = documents();
        int runsBefore = health().get("seeds").get("runs").asInt();
        article("kapot.json", "{\"title\": \"Half\", \"body\": ");
        awaitTrue(() -> health().get("seeds").get("runs").asInt() > runsBefore, Duration.ofSeconds(60),
                "the bad file caused no run");
        JsonNode run = health().get("seeds").get("lastRun");
        assertTrue(run.get("problems").toString().contains("kapot.json"), run.toString());
        assertEquals(1, run.get("skipped").asInt(), run.toString());
        assertEquals(before, documents());
        assertEquals(1, total("Okavango"));
        assertTrue(Files.readString(log).contains("kapot.json"), "the log does not name the bad file");
    }

    @Test
    @Order(3)
    void aSecondServeOnTheSameFolderSharesTheNode() throws Exception {
        long pid = nodePid();
        int second = Jar.freePort();
        Path secondLog = tmp.resolve("serve2.log");
        Process other = Jar.start(env, secondLog, "serve", "--seeds", seeds.toString(), "--port", Integer.toString(second));
        try {
            Jar.awaitHealthy(second, other, secondLog, Duration.ofMinutes(2));
            assertEquals(1, JSON.readTree(Jar.get(second, "/api/search?q=Okavango").body()).get("total").get("value").asInt());
            assertEquals(pid, nodePid(), "the second serve started another node");
            assertTrue(Files.readString(secondLog).contains("Using the Elasticsearch node"), Files.readString(secondLog));
        } finally {
            Jar.stop(other);
        }
        assertEquals(pid, nodePid(), "stopping the second serve stopped the node");
        assertEquals(200, Jar.get(port, "/api/search?q=Okavango").status());
    }

    @Test
    @Order(4)
    void indexWhileServingKeepsSearchesAnsweringAndShowsTheNewDocuments() throws Exception {
        long pid = nodePid();
        // Another folder: the watched one would take in the new file by itself.
        Path other = Files.createDirectories(tmp.resolve("other"));
        for (String name : List.of("eerste.txt", "tweede.md", "derde.txt")) {
            Files.copy(seeds.resolve(name), other.resolve(name));
        }
        Files.writeString(other.resolve("vierde.txt"), "In Deventer opent de boekenmarkt langs de IJssel.");
        var failures = new ConcurrentHashMap<Integer, AtomicInteger>();
        var answered = new AtomicInteger();
        var running = new AtomicBoolean(true);
        Thread searcher = new Thread(() -> {
            while (running.get()) {
                int status = Jar.get(port, "/api/search?q=brug").status();
                if (status == 200) {
                    answered.incrementAndGet();
                } else {
                    failures.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
            }
        });
        searcher.start();
        Jar.Result index;
        try {
            index = Jar.run(env, tmp.resolve("index.log"), Duration.ofMinutes(5), "index", "--seeds", other.toString());
        } finally {
            running.set(false);
            searcher.join();
        }
        assertEquals(0, index.exit(), index.output());
        assertTrue(index.output().contains("Using the Elasticsearch node"), index.output());
        assertEquals(pid, nodePid(), "index stopped or replaced the serving app's node");
        assertEquals(Map.of(), Map.copyOf(failures), "searches failed while indexing");
        assertTrue(answered.get() > 0);
        assertEquals(1, total("Deventer"));
        assertEquals(4, documents());
    }

    @Test
    @Order(5)
    void theAppRecoversByItselfWhenTheNodeIsKilled() throws Exception {
        long docs = documents();
        long pid = nodePid();
        ProcessHandle launcher = ProcessHandle.of(pid).orElseThrow();
        // kill -9 of the node's server process, as the out-of-memory killer would do it.
        launcher.descendants().forEach(ProcessHandle::destroyForcibly);
        var seen = ConcurrentHashMap.<String>newKeySet();
        long down = System.nanoTime();
        awaitTrue(() -> {
            Jar.Response h = Jar.get(port, "/health");
            seen.add(h.status() + " " + JSON.readTree(h.body()).get("status").asText());
            Jar.Response s = Jar.get(port, "/api/search?q=brug");
            if (s.status() == 503) {
                assertEquals("5", s.raw().headers().firstValue("Retry-After").orElse(null), s.body());
                assertEquals("search_unavailable", JSON.readTree(s.body()).get("error").asText());
            } else {
                assertEquals(200, s.status(), s.body());
            }
            return h.status() == 200 && s.status() == 200 && nodePid() != pid;
        }, NODE_START, "the app did not recover after the node was killed");
        System.out.printf("[RuntimeIT] searches answered again %d ms after kill -9 of the node%n",
                (System.nanoTime() - down) / 1_000_000);
        assertTrue(seen.contains("503 restarting"), "health never said restarting: " + seen);
        assertTrue(serve.isAlive());
        assertEquals(docs, documents(), "documents were lost");
        assertTrue(Files.readString(log).contains("exited unexpectedly; restarting it"));
    }

    private void article(String name, String text) throws Exception {
        Files.writeString(seeds.resolve(name + ".tmp"), text);
        Files.move(seeds.resolve(name + ".tmp"), seeds.resolve(name));
    }

    private JsonNode health() throws Exception {
        return JSON.readTree(Jar.get(port, "/health").body());
    }

    private long documents() throws Exception {
        return health().get("elasticsearch").get("documents").asLong();
    }

    private int total(String q) throws Exception {
        Jar.Response r = Jar.get(port, "/api/search?q=" + q);
        assertEquals(200, r.status(), r.body());
        return JSON.readTree(r.body()).get("total").get("value").asInt();
    }

    private long nodePid() throws Exception {
        return JSON.readTree(Files.readString(data.resolve("node/node.json"))).get("pid").asLong();
    }

    private boolean awaitNoNode(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!Files.exists(data.resolve("node/node.json"))) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void awaitTrue(Check check, Duration timeout, String message) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (AssertionError e) {
                throw e;
            } catch (Exception notYet) {
                // the app may be between answers
            }
            Thread.sleep(200);
        }
        throw new AssertionError(message);
    }
}
