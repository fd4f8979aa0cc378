package nl.nieuwszoeker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.nieuwszoeker.es.BuildInfo;

/** What one benchmark run measured, written as JSON (all of it) and Markdown (the tables people read). */
final class Results {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Instant started = Instant.now();
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final List<Map<String, Object>> scale = new ArrayList<>();
    private final List<Map<String, Object>> skipped = new ArrayList<>();

    void machine(Map<String, String> opts, String vocabulary) {
        root.put("started", started.toString());
        root.put("command", ("bench/run " + opts.entrySet().stream().map(e -> "--" + e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(" "))).strip());
        var git = new LinkedHashMap<String, Object>();
        git.put("commit", sh("git", "rev-parse", "--short", "HEAD"));
        git.put("branch", sh("git", "rev-parse", "--abbrev-ref", "HEAD"));
        git.put("uncommitted_changes", !sh("git", "status", "--porcelain", "--untracked-files=no").isEmpty());
        root.put("git", git);
        var m = new LinkedHashMap<String, Object>();
        m.put("cores", java.lang.Runtime.getRuntime().availableProcessors());
        m.put("memory_mb", meminfo("MemTotal:") / 1024);
        m.put("memory_available_at_start_mb", meminfo("MemAvailable:") / 1024);
        m.put("cpu", cpuModel());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("elasticsearch", BuildInfo.load().elasticsearchVersion() + " (embedded node)");
        m.put("load_average_at_start", loadAverage());
        root.put("machine", m);
        root.put("options", opts);
        root.put("corpus_vocabulary", vocabulary);
    }

    void indexing(int size, long bulkBytes, List<Map<String, Object>> sweep, List<Map<String, Object>> indexerRuns,
                  List<Map<String, Object>> rawRuns) {
        var m = new LinkedHashMap<String, Object>();
        m.put("docs", size);
        m.put("bulk_bytes", bulkBytes);
        m.put("raw_bulk_sweep", sweep);
        m.put("indexer_runs", indexerRuns);
        m.put("raw_bulk_runs", rawRuns);
        List<Map<String, Object>> warm = indexerRuns.stream().filter(r -> !r.containsKey("cold_node")).toList();
        double indexer = mean(warm.isEmpty() ? indexerRuns : warm, "docs_per_s");
        double raw = mean(rawRuns, "docs_per_s");
        m.put("indexer_docs_per_s", Load.round(indexer));
        m.put("raw_bulk_docs_per_s", Load.round(raw));
        // Raw and indexer runs alternate, so each warm indexer run is compared with the raw run just before it.
        double[] ratios = new double[Math.min(warm.size(), rawRuns.size())];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = (double) warm.get(i).get("docs_per_s") / (double) rawRuns.get(i).get("docs_per_s");
        }
        java.util.Arrays.sort(ratios);
        if (ratios.length > 0) {
            double median = ratios.length % 2 == 1 ? ratios[ratios.length / 2]
                    : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
            m.put("ratio", Math.round(median * 1000) / 1000.0);
            m.put("ratio_min", Math.round(ratios[0] * 1000) / 1000.0);
            m.put("ratio_max", Math.round(ratios[ratios.length - 1] * 1000) / 1000.0);
            m.put("ratio_rounds", ratios.length);
        } else {
            m.put("ratio", Math.round(indexer / raw * 1000) / 1000.0);
        }
        root.put("indexing", m);
    }

    private final List<Map<String, Object>> indexedOnly = new ArrayList<>();

    void scale(int size, Map<String, Object> indexing, long storeBytes, Map<String, Object> search) {
        var m = new LinkedHashMap<String, Object>();
        m.put("docs", size);
        m.put("indexing", indexing);
        m.put("store_mb", Procs.mb(storeBytes));
        m.put("search", search);
        scale.add(m);
        root.put("scale", scale);
    }

    /** A size indexed by a first part (--only index); a later part with --keep-index searches it. */
    void indexedOnly(int size, Map<String, Object> indexing, long storeBytes, String nodeHeap) {
        var m = new LinkedHashMap<String, Object>();
        m.put("docs", size);
        m.put("indexing", indexing);
        m.put("store_mb", Procs.mb(storeBytes));
        m.put("node_heap_after_indexing", nodeHeap);
        indexedOnly.add(m);
        root.put("indexed_only", indexedOnly);
    }

    void skipped(int size, double predictedMinutes, double limit, double rate) {
        var m = new LinkedHashMap<String, Object>();
        m.put("docs", size);
        m.put("reason", String.format("indexing would take about %.0f min at the last measured %.0f docs/s, over"
                + " the --max-index-minutes limit of %.0f", predictedMinutes, rate, limit));
        m.put("extrapolated_indexing_minutes", Load.round(predictedMinutes));
        skipped.add(m);
        root.put("skipped", skipped);
    }

    void appHeap(Map<String, Object> gc) {
        root.put("app_heap", gc);
    }

    void profile(Map<String, Object> profile) {
        root.put("app_profile", profile);
    }

    void startup(Map<String, Object> startup) {
        root.put("startup", startup);
    }

    void finish() {
        root.put("finished", Instant.now().toString());
        @SuppressWarnings("unchecked")
        var m = (Map<String, Object>) root.get("machine");
        m.put("load_average_at_end", loadAverage());
    }

    List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started);
        Path json = folder.resolve(name + ".json");
        Path md = folder.resolve(name + ".md");
        Files.writeString(json, JSON.writeValueAsString(root) + "\n");
        Files.writeString(md, new ResultsMarkdown(root).render());
        return List.of(md, json);
    }

    private static double mean(List<Map<String, Object>> runs, String key) {
        return runs.stream().mapToDouble(r -> ((Number) r.get(key)).doubleValue()).average().orElse(0);
    }

    private static long meminfo(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return 0;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String sh(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
