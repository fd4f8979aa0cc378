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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Child processes of the benchmark (the app's own commands) and what /proc and the node say about memory. */
final class Procs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private Procs() {}

    /** Runs {@code java [jvmArgs] -jar jar [args]} with extra environment, output appended to {@code log}. */
    static Process java(Path jar, List<String> jvmArgs, List<String> args, Map<String, String> env, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        Files.createDirectories(log.getParent());
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("ES_URLS");
        builder.environment().putAll(env);
        return builder.start();
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void stop(Process p) throws InterruptedException {
        if (p.isAlive()) {
            p.destroy();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Resident memory of a process in bytes, 0 once it is gone. */
    static long rss(long pid) {
        return statusField(pid, "VmRSS:");
    }

    private static long statusField(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended between two samples
        }
        return 0;
    }

    /** The largest resident process among a launcher and its descendants: for the node, its server JVM. */
    static long largestRss(ProcessHandle root) {
        long max = rss(root.pid());
        for (ProcessHandle d : root.descendants().toList()) {
            max = Math.max(max, rss(d.pid()));
        }
        return max;
    }

    /** Heap figures from a JVM's -Xlog:gc file: peak used before a collection, live after, committed. */
    static Map<String, Object> gcSummary(Path gcLog) throws IOException {
        long peakBefore = 0;
        long maxAfter = 0;
        long maxCommitted = 0;
        int collections = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find() && line.contains("Pause")) {
                    collections++;
                    peakBefore = Math.max(peakBefore, Long.parseLong(m.group(1)));
                    maxAfter = Math.max(maxAfter, Long.parseLong(m.group(2)));
                    maxCommitted = Math.max(maxCommitted, Long.parseLong(m.group(3)));
                }
            }
        }
        var m = new LinkedHashMap<String, Object>();
        m.put("gc_pauses", collections);
        m.put("heap_peak_used_mb", peakBefore);
        m.put("heap_max_live_after_gc_mb", maxAfter);
        m.put("heap_max_committed_mb", maxCommitted);
        return m;
    }

    /** The node's JVM heap: used and max, in bytes. */
    static long[] nodeHeap(HttpClient http, URI es) {
        try {
            var r = http.send(HttpRequest.newBuilder(es.resolve("/_nodes/_local/stats/jvm")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode node = JSON.readTree(r.body()).path("nodes").elements().next().path("jvm").path("mem");
            return new long[] {node.path("heap_used_in_bytes").asLong(), node.path("heap_max_in_bytes").asLong()};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new long[] {0, 0};
        }
    }

    static long mb(long bytes) {
        return Math.round(bytes / 1024.0 / 1024.0);
    }

    /** Samples the app's RSS, the node's heap and RSS twice a second while a phase runs; keeps the maxima. */
    static final class MemorySampler implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        long appRssMax;
        long nodeHeapMax;
        long nodeHeapLimit;
        long nodeRssMax;

        MemorySampler(long appPid, ProcessHandle node, HttpClient http, URI es) {
            thread = new Thread(() -> {
                while (running) {
                    appRssMax = Math.max(appRssMax, rss(appPid));
                    long[] heap = nodeHeap(http, es);
                    nodeHeapMax = Math.max(nodeHeapMax, heap[0]);
                    nodeHeapLimit = heap[1];
                    nodeRssMax = Math.max(nodeRssMax, largestRss(node));
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        Map<String, Object> summary() {
            var m = new LinkedHashMap<String, Object>();
            m.put("app_rss_max_mb", mb(appRssMax));
            m.put("node_heap_used_max_mb", mb(nodeHeapMax));
            m.put("node_heap_limit_mb", mb(nodeHeapLimit));
            m.put("node_rss_max_mb", mb(nodeRssMax));
            return m;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }
    }
}
