package nl.nieuwszoeker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.nieuwszoeker.support.Jar;

/**
 * The soak: `serve` under 16 clients sending the benchmark's query mix, while its embedded node is killed
 * (kill -9) twice and an `index` run happens right after each kill. Reports searches answered, errors by
 * status, the longest gap without an answer, documents lost, and the time from each kill to the next answer.
 * Traffic goes to 127.0.0.1 only, and every loop is bounded in time. Run it with bench/soak.
 */
public final class Soak {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** However slow the restarts, the soak ends by itself. */
    private static final Duration HARD_LIMIT = Duration.ofMinutes(12);

    record Answer(long atNanos, int status) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Bench.options(args);
        int clients = Integer.parseInt(opts.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "60"));
        int size = Integer.parseInt(opts.getOrDefault("size", "500"));
        Path work = Path.of(opts.getOrDefault("work", "target/soak"));
        Path jar = Path.of(opts.getOrDefault("jar", "target/nieuwszoeker.jar"));
        CorpusGenerator.deleteTree(work.resolve("data"));
        Files.createDirectories(work);
        work.toAbsolutePath().toFile().setExecutable(true, false);

        var model = CorpusModel.create(42, CorpusModel.DEFAULT_DICTIONARY);
        Path corpus = new CorpusGenerator(model).ensure(work.resolve("corpus-" + size), size, CorpusGenerator.Format.JSONL);
        List<String> mix = QueryMix.of(model).stream().map(q -> QueryMix.apiQuery(q.request())).toList();
        Path data = work.resolve("data").toAbsolutePath();
        Map<String, String> env = Map.of("NZ_DATA_DIR", data.toString());
        int port = Jar.freePort();
        Path serveLog = work.resolve("serve.log");
        Files.deleteIfExists(serveLog);
        Process serve = Procs.java(jar, List.of(), List.of("serve", "--seeds", corpus.toString(), "--port",
                Integer.toString(port)), env, serveLog);
        try {
            Jar.awaitHealthy(port, serve, serveLog, Duration.ofMinutes(10));
            long before = documents(port);
            System.out.printf("[soak] serving %d documents on port %d; %d clients for %d s%n", before, port, clients, seconds);
            run(port, clients, seconds, mix, data, jar, env, work, before, corpus.toAbsolutePath().toString());
        } finally {
            Procs.stop(serve);
        }
    }

    private static void run(int port, int clients, int seconds, List<String> mix, Path data, Path jar,
            Map<String, String> env, Path work, long before, String corpus) throws Exception {
        var answers = new ConcurrentLinkedQueue<Answer>();
        var stop = new AtomicBoolean();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread t = new Thread(() -> {
                for (int i = first; !stop.get(); i++) {
                    int status = search(port, mix.get(i % mix.size()));
                    answers.add(new Answer(System.nanoTime(), status));
                    if (status != 200) {
                        sleep(200);
                    }
                }
            }, "client-" + c);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        List<String> events = new ArrayList<>();
        List<Long> recoveries = new ArrayList<>();
        List<String> indexRuns = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            long due = start + TimeUnit.SECONDS.toNanos(k == 0 ? 10 : 35);
            while (System.nanoTime() < due) {
                sleep(100);
            }
            long pid = nodePid(data);
            long killed = System.nanoTime();
            ProcessHandle.of(pid).orElseThrow().descendants().forEach(ProcessHandle::destroyForcibly);
            events.add(String.format(Locale.ROOT, "%.1f s: kill -9 of the node's server process (launcher pid %d)",
                    secs(killed - start), pid));
            Path indexLog = work.resolve("index-" + (k + 1) + ".log");
            Files.deleteIfExists(indexLog);
            Process index = Procs.java(jar, List.of(), List.of("index", "--seeds", corpus), env, indexLog);
            long back = awaitAnswer(answers, killed, start);
            recoveries.add(back < 0 ? -1 : back - killed);
            events.add(back < 0 ? "no answer after the kill before the hard limit"
                    : String.format(Locale.ROOT, "%.1f s: searches answered again, %.1f s after the kill",
                            secs(back - start), secs(back - killed)));
            if (!index.waitFor(Math.max(1, HARD_LIMIT.toSeconds() - secs(System.nanoTime() - start).longValue()),
                    TimeUnit.SECONDS)) {
                events.add("index run " + (k + 1) + " stopped: it had not ended within the soak's hard limit");
                index.destroyForcibly().waitFor();
            }
            String summary = Files.readAllLines(indexLog).stream().filter(l -> l.startsWith("full run"))
                    .findFirst().orElse("(no summary; see " + indexLog + ")");
            indexRuns.add("exit " + index.exitValue() + ": " + summary);
            events.add(String.format(Locale.ROOT, "%.1f s: index run %d ended with exit %d", secs(System.nanoTime() - start),
                    k + 1, index.exitValue()));
        }
        long end = Math.max(start + TimeUnit.SECONDS.toNanos(seconds), System.nanoTime());
        while (System.nanoTime() < end) {
            sleep(100);
        }
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        // Counted once the node answers again, within the hard limit.
        long after = -1;
        while (after < 0 && System.nanoTime() - start < HARD_LIMIT.toNanos() + TimeUnit.MINUTES.toNanos(3)) {
            try {
                after = documents(port);
            } catch (Exception notYet) {
                sleep(1000);
            }
        }
        report(answers, start, System.nanoTime(), clients, events, recoveries, indexRuns, before, after);
    }

    /** The first 200 answered after the kill, waiting at most HARD_LIMIT from the start. */
    private static long awaitAnswer(ConcurrentLinkedQueue<Answer> answers, long killed, long start) {
        while (System.nanoTime() - start < HARD_LIMIT.toNanos()) {
            // Answers to requests sent before the kill may still arrive just after it; a second's margin skips them.
            for (Answer a : answers) {
                if (a.status() == 200 && a.atNanos() > killed + TimeUnit.SECONDS.toNanos(1)) {
                    return answers.stream().filter(x -> x.status() == 200 && x.atNanos() > killed
                            + TimeUnit.SECONDS.toNanos(1)).mapToLong(Answer::atNanos).min().orElseThrow();
                }
            }
            sleep(200);
        }
        return -1;
    }

    private static void report(ConcurrentLinkedQueue<Answer> answers, long start, long end, int clients,
            List<String> events, List<Long> recoveries, List<String> indexRuns, long before, long after) {
        var byStatus = new TreeMap<Integer, Integer>();
        List<Long> ok = new ArrayList<>();
        for (Answer a : answers) {
            byStatus.merge(a.status(), 1, Integer::sum);
            if (a.status() == 200) {
                ok.add(a.atNanos());
            }
        }
        ok.sort(null);
        long gap = 0;
        long last = start;
        for (long t : ok) {
            gap = Math.max(gap, t - last);
            last = t;
        }
        gap = Math.max(gap, end - last);
        System.out.println();
        System.out.printf("soak: %d clients, %.1f s, %d searches sent%n", clients, secs(end - start), answers.size());
        events.forEach(e -> System.out.println("  " + e));
        System.out.printf("searches answered (200): %d%n", byStatus.getOrDefault(200, 0));
        byStatus.forEach((status, n) -> {
            if (status != 200) {
                System.out.printf("errors with status %s: %d%n", status < 0 ? "none (no connection)" : status, n);
            }
        });
        System.out.printf("longest gap without an answer: %.1f s%n", secs(gap));
        for (int i = 0; i < recoveries.size(); i++) {
            System.out.printf("recovery after kill %d: %s%n", i + 1,
                    recoveries.get(i) < 0 ? "none" : String.format(Locale.ROOT, "%.1f s", secs(recoveries.get(i))));
        }
        for (int i = 0; i < indexRuns.size(); i++) {
            System.out.printf("index run %d: %s%n", i + 1, indexRuns.get(i));
        }
        System.out.printf("documents before: %d, after: %d, lost: %d%n", before, after, Math.max(0, before - after));
    }

    private static Double secs(long nanos) {
        return nanos / 1e9;
    }

    private static int search(int port, String query) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?" + query))
                    .timeout(Duration.ofSeconds(30)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static long documents(int port) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
        JsonNode health = JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        JsonNode docs = health.path("elasticsearch").path("documents");
        if (docs.isMissingNode()) {
            throw new IllegalStateException("no document count yet: " + health);
        }
        return docs.asLong();
    }

    private static long nodePid(Path data) throws IOException {
        return JSON.readTree(Files.readString(data.resolve("node/node.json"))).get("pid").asLong();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
