package nl.nieuwszoeker.bench;

import java.util.List;
import java.util.Map;

/** The Markdown view of a results file: targets first, then the tables behind them. */
final class ResultsMarkdown {

    private final Map<String, Object> root;
    private final StringBuilder md = new StringBuilder();

    /** bench/run markdown RESULT.json: renders a results file again, e.g. after a run that stopped while rendering. */
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws java.io.IOException {
        var json = java.nio.file.Path.of(args[0]);
        Map<String, Object> root = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json.toFile(), Map.class);
        var md = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".md"));
        java.nio.file.Files.writeString(md, new ResultsMarkdown(root).render());
        System.out.println("[bench] wrote " + md);
    }

    ResultsMarkdown(Map<String, Object> root) {
        this.root = root;
    }

    String render() {
        Map<String, Object> machine = map(root, "machine");
        line("# Benchmark results " + root.get("started"));
        line("");
        line("Command: `" + root.get("command") + "`  ");
        Map<String, Object> git = map(root, "git");
        line("Code: " + git.get("branch") + " @ " + git.get("commit")
                + (Boolean.TRUE.equals(git.get("uncommitted_changes")) ? " (with uncommitted changes)" : "") + "  ");
        line("Machine: " + machine.get("cores") + " cores (" + machine.get("cpu") + "), " + machine.get("memory_mb")
                + " MB RAM, " + machine.get("os") + ", " + machine.get("java") + ", Elasticsearch "
                + machine.get("elasticsearch") + "  ");
        line("Load average at start / end: " + machine.get("load_average_at_start") + " / "
                + machine.get("load_average_at_end") + " (other work on the machine shows up here)  ");
        line("Corpus vocabulary: " + root.get("corpus_vocabulary"));
        line("");
        targets();
        indexing();
        scale();
        nodeCost();
        profile();
        startup();
        return md.toString();
    }

    private void nodeCost() {
        List<Map<String, Object>> scale = list(root, "scale");
        if (scale == null || scale.stream().noneMatch(s -> map(map(s, "search"), "node_cost") != null)) {
            return;
        }
        line("## Where the node's time goes");
        line("");
        line("The mix's search bodies straight to Elasticsearch at concurrency 1: whole, and with the facets, the"
                + " timelines, all aggregations, or the aggregations and the highlight left out, in interleaved rounds."
                + " Each cost is the median over rounds of the difference between two variants' p50 [min–max], in ms.");
        line("");
        line("| Docs | Whole search p50 | Query and hits | Highlight | Facets | Timelines | All aggregations |");
        line("|---|---|---|---|---|---|---|");
        for (Map<String, Object> s : scale) {
            Map<String, Object> nc = map(map(s, "search"), "node_cost");
            if (nc == null) {
                continue;
            }
            Map<String, Object> cost = map(nc, "cost_ms");
            line("| " + fmt(num(s, "docs")) + " | " + median(map(map(nc, "p50_ms"), "full")) + " | "
                    + median(map(cost, "query_and_hits")) + " | " + median(map(cost, "highlight")) + " | "
                    + median(map(cost, "facets")) + " | " + median(map(cost, "timelines")) + " | "
                    + median(map(cost, "all_aggregations")) + " |");
        }
        line("");
    }

    private static String median(Map<String, Object> m) {
        return m.get("median") + " [" + m.get("min") + "–" + m.get("max") + "]";
    }

    private void targets() {
        line("## Targets");
        line("");
        line("| Target | Goal | Measured | Met |");
        line("|---|---|---|---|");
        Map<String, Object> compare = compareSearch();
        if (compare != null && compare.containsKey("concurrency_1")) {
            Map<String, Object> c1 = map(compare, "concurrency_1");
            Map<String, Object> c16 = map(compare, "concurrency_16");
            target("Search p50 via the app vs direct (c=1)", "<= 1.10x", num(c1, "p50_ratio"), num(c1, "p50_ratio") <= 1.10);
            target("Search p50 via the app vs direct (c=16)", "<= 1.10x", num(c16, "p50_ratio"), num(c16, "p50_ratio") <= 1.10);
            target("Search throughput via the app vs direct (c=16)", ">= 0.90x", num(c16, "throughput_ratio"),
                    num(c16, "throughput_ratio") >= 0.90);
        }
        Map<String, Object> idx = map(root, "indexing");
        if (idx != null) {
            target("Indexer vs raw _bulk throughput", ">= 0.80x", num(idx, "ratio"), num(idx, "ratio") >= 0.80);
        }
        Map<String, Object> st = map(root, "startup");
        if (st != null) {
            target("Start-up to first search", "< 20 s", num(st, "median_s"), num(st, "median_s") < 20);
        }
        line("");
    }

    private Map<String, Object> compareSearch() {
        Map<String, Object> idx = map(root, "indexing");
        List<Map<String, Object>> scale = list(root, "scale");
        if (scale == null || scale.isEmpty()) {
            return null;
        }
        for (Map<String, Object> s : scale) {
            if (idx != null && num(s, "docs") == num(idx, "docs")) {
                return map(s, "search");
            }
        }
        return map(scale.get(scale.size() - 1), "search");
    }

    private void indexing() {
        Map<String, Object> idx = map(root, "indexing");
        if (idx == null) {
            return;
        }
        line("## Indexing " + fmt(num(idx, "docs")) + " articles");
        line("");
        line("Indexer: `java -jar target/nieuwszoeker.jar index`, end to end (JVM start, reading, extraction, bulk,"
                + " refresh, alias switch). Raw: the same stored documents, pre-serialised ("
                + fmt(num(idx, "bulk_bytes") / 1048576) + " MB of bulk lines), POSTed to `_bulk` of a fresh index"
                + " with the same mapping; timed from index creation to refresh.");
        line("");
        line("| Run | Seconds | Docs/s |");
        line("|---|---|---|");
        for (Map<String, Object> r : list(idx, "indexer_runs")) {
            line("| indexer" + (r.containsKey("cold_node") ? " (first run, cold node: not in the mean)" : "") + " | " + r.get("seconds") + " | " + fmt(num(r, "docs_per_s")) + " |");
        }
        for (Map<String, Object> r : list(idx, "raw_bulk_runs")) {
            line("| raw _bulk, batch " + r.get("batch") + ", " + r.get("concurrent_requests") + " at a time | "
                    + r.get("seconds") + " | " + fmt(num(r, "docs_per_s")) + " |");
        }
        line("");
        line("Mean of the warm runs: indexer " + fmt(num(idx, "indexer_docs_per_s")) + " docs/s, raw " + fmt(num(idx, "raw_bulk_docs_per_s"))
                + " docs/s, ratio **" + spread(idx, "ratio") + "** (median of the per-round ratios [min–max]).");
        line("");
        line("Raw _bulk batch sweep (first " + fmt(num(list(idx, "raw_bulk_sweep").get(0), "docs")) + " documents):");
        line("");
        line("| Batch | Concurrent requests | Docs/s |");
        line("|---|---|---|");
        for (Map<String, Object> r : list(idx, "raw_bulk_sweep")) {
            line("| " + r.get("batch") + " | " + r.get("concurrent_requests") + " | " + fmt(num(r, "docs_per_s")) + " |");
        }
        line("");
    }

    private void scale() {
        List<Map<String, Object>> scale = list(root, "scale");
        if (scale == null) {
            return;
        }
        line("## Search: through the app vs the same requests straight to Elasticsearch");
        line("");
        line("Closed loop over a mix of " + list(map(scale.get(0), "search"), "mix").size() + " searches (the fixed"
                + " mix plus generated ones: rare words, zero-hit typos, several facet values, deep pages, sort by date),"
                + " after a warm-up that runs until the app's CPU per request has settled. App and direct run in"
                + " interleaved rounds; each ratio is the median of the per-round ratios, [min–max] beside it."
                + " Latency in ms, throughput in requests/s. Autocomplete, facet values and the HTML page at"
                + " concurrency 1; the HTML page is compared with the same _search calls as /api/search.");
        Map<String, Object> firstSearch = map(scale.get(0), "search");
        if (firstSearch.get("warm_up") != null) {
            line("");
            line("Warm-up (first size): app CPU ms per request, by block: `"
                    + map(firstSearch, "warm_up").get("app_cpu_ms_per_request_by_block") + "`; the JIT compiler"
                    + " threads' share of that CPU: `" + map(firstSearch, "warm_up").get("jit_compiler_share_of_app_cpu_by_block")
                    + "`; settled: " + map(firstSearch, "warm_up").get("settled") + ".");
        }
        line("");
        line("| Docs | Index MB | Indexing s (docs/s) | Conc. | App p50 | Direct p50 | p50 ratio | App p99 | Direct p99"
                + " | App /s | Direct /s | /s ratio |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Map<String, Object> s : scale) {
            Map<String, Object> search = map(s, "search");
            Map<String, Object> idx = map(s, "indexing");
            for (String c : List.of("1", "16")) {
                Map<String, Object> r = map(search, "concurrency_" + c);
                if (r == null) {
                    continue;
                }
                Map<String, Object> a = map(r, "app");
                Map<String, Object> d = map(r, "direct");
                // A reused index (--keep-index) was timed by the run that built it.
                String indexing = idx.containsKey("docs_per_s") ? idx.get("seconds") + " (" + fmt(num(idx, "docs_per_s"))
                        + ")" : "reused";
                line("| " + fmt(num(s, "docs")) + " | " + s.get("store_mb") + " | " + indexing + " | " + c + " | " + a.get("p50_ms") + " | " + d.get("p50_ms")
                        + " | " + spread(r, "p50_ratio") + " | " + a.get("p99_ms") + " | " + d.get("p99_ms") + " | "
                        + a.get("throughput_per_s") + " | " + d.get("throughput_per_s") + " | "
                        + spread(r, "throughput_ratio") + " |");
            }
            for (String other : List.of("autocomplete", "facet_values", "html_page")) {
                Map<String, Object> r = map(search, other);
                if (r == null) {
                    continue;
                }
                Map<String, Object> a = map(r, "app");
                Map<String, Object> d = map(r, "direct");
                line("| " + fmt(num(s, "docs")) + " | | " + other.replace('_', ' ') + " | 1 | " + a.get("p50_ms") + " | "
                        + d.get("p50_ms") + " | " + spread(r, "p50_ratio") + " | " + a.get("p99_ms") + " | "
                        + d.get("p99_ms") + " | " + a.get("throughput_per_s") + " | " + d.get("throughput_per_s")
                        + " | " + spread(r, "throughput_ratio") + " |");
            }
        }
        line("");
        List<Map<String, Object>> skipped = list(root, "skipped");
        if (skipped != null) {
            for (Map<String, Object> s : skipped) {
                line("- **" + fmt(num(s, "docs")) + " documents not run**: " + s.get("reason")
                        + " (extrapolation, not a measurement).");
            }
            line("");
        }
        line("Memory under load (maxima sampled every 0.5 s during the search runs):");
        line("");
        line("| Docs | App RSS MB | Node heap used MB (of) | Node RSS MB |");
        line("|---|---|---|---|");
        for (Map<String, Object> s : scale) {
            Map<String, Object> m = map(map(s, "search"), "memory");
            if (m == null) {
                continue;
            }
            line("| " + fmt(num(s, "docs")) + " | " + m.get("app_rss_max_mb") + " | " + m.get("node_heap_used_max_mb")
                    + " (" + m.get("node_heap_limit_mb") + ") | " + m.get("node_rss_max_mb") + " |");
        }
        Map<String, Object> heap = map(root, "app_heap");
        if (heap != null) {
            line("");
            line("App heap over the whole serving run (from its GC log, default JVM heap settings): peak used "
                    + heap.get("heap_peak_used_mb") + " MB, largest live set after a collection "
                    + heap.get("heap_max_live_after_gc_mb") + " MB, committed at most " + heap.get("heap_max_committed_mb")
                    + " MB, " + heap.get("gc_pauses") + " GC pauses.");
        }
        line("");
        line("The mix (total hits at the largest size run):");
        line("");
        line("| Search | /api/search query | Hits |");
        line("|---|---|---|");
        for (Map<String, Object> q : list(map(scale.get(scale.size() - 1), "search"), "mix")) {
            line("| " + q.get("name") + " | `" + q.get("api") + "` | " + q.get("total")
                    + (q.containsKey("warning") ? " (direct: " + q.get("direct_total") + ")" : "") + " |");
        }
        line("");
    }

    /** A ratio as median [min–max] over the interleaved rounds, when the run recorded them. */
    private static String spread(Map<String, Object> r, String key) {
        Object min = r.get(key + "_min");
        return min == null ? String.valueOf(r.get(key)) : r.get(key) + " [" + min + "–" + r.get(key + "_max") + "]";
    }

    private void profile() {
        Map<String, Object> p = map(root, "app_profile");
        if (p == null || !p.containsKey("cpu_samples")) {
            return;
        }
        line("## Where the app spends its CPU (Flight Recorder, whole serving run, " + p.get("cpu_samples") + " samples)");
        line("");
        @SuppressWarnings("unchecked")
        var stages = (Map<String, Object>) p.get("share_of_samples_by_stage_percent");
        if (stages != null) {
            line("| Stage (innermost frame that names one) | % of samples |");
            line("|---|---|");
            stages.forEach((k, v) -> line("| " + k + " | " + v + " |"));
            line("");
        }
        line("| Library on the stack | % of samples |");
        line("|---|---|");
        @SuppressWarnings("unchecked")
        var libs = (Map<String, Object>) p.get("share_of_samples_with_library_on_stack_percent");
        libs.forEach((k, v) -> line("| " + k + " | " + v + " |"));
        line("");
        line("| Hottest methods (self) | % of samples |");
        line("|---|---|");
        @SuppressWarnings("unchecked")
        var hot = (Map<String, Object>) p.get("hottest_methods_self_percent");
        hot.forEach((k, v) -> line("| `" + k + "` | " + v + " |"));
        line("");
    }

    private void startup() {
        Map<String, Object> st = map(root, "startup");
        if (st == null) {
            return;
        }
        line("## Start-up");
        line("");
        line("`" + st.get("command") + "`, distribution cached, index present; timed from the command to the first"
                + " search that answers 200 with hits (`" + st.get("probe") + "`).");
        line("");
        line("| Run | To first search s | Node ready after s |");
        line("|---|---|---|");
        int i = 1;
        for (Map<String, Object> r : list(st, "runs")) {
            line("| " + i++ + " | " + r.get("seconds_to_first_search") + " | " + r.getOrDefault("node_ready_after_s", "?") + " |");
        }
        line("");
        line("Median: **" + st.get("median_s") + " s**.");
    }

    private void target(String name, String goal, double measured, boolean met) {
        line("| " + name + " | " + goal + " | " + measured + " | " + (met ? "yes" : "**no**") + " |");
    }

    private void line(String s) {
        md.append(s).append('\n');
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return m == null ? null : (Map<String, Object>) m.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        return m == null ? null : (List<Map<String, Object>>) m.get(key);
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : String.format("%,.1f", v);
    }
}
