package nl.nieuwszoeker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * App against direct, as repeated interleaved rounds: each round runs both sides back to back (who goes first
 * alternates), and a ratio is taken per round. The verdict is the median of the round ratios, printed with min
 * and max, so one noisy round on a shared machine cannot decide it.
 */
final class Comparison {

    private Comparison() {}

    static Map<String, Object> run(int concurrency, int perRound, int rounds, Load.Call app, Load.Call direct)
            throws InterruptedException {
        var appAll = new Load.Sample();
        var directAll = new Load.Sample();
        List<Map<String, Object>> perRoundResults = new ArrayList<>();
        String loadBefore = loadAverage();
        for (int round = 0; round < rounds; round++) {
            Load.Sample a;
            Load.Sample d;
            if (round % 2 == 0) {
                a = Load.run(concurrency, perRound, round * perRound, app);
                d = Load.run(concurrency, perRound, round * perRound, direct);
            } else {
                d = Load.run(concurrency, perRound, round * perRound, direct);
                a = Load.run(concurrency, perRound, round * perRound, app);
            }
            appAll.add(a);
            directAll.add(d);
            Map<String, Object> as = a.summary();
            Map<String, Object> ds = d.summary();
            var r = new LinkedHashMap<String, Object>();
            r.put("app_p50_ms", as.get("p50_ms"));
            r.put("direct_p50_ms", ds.get("p50_ms"));
            r.put("app_per_s", as.get("throughput_per_s"));
            r.put("direct_per_s", ds.get("throughput_per_s"));
            r.put("p50_ratio", ratio(as, ds, "p50_ms"));
            r.put("p99_ratio", ratio(as, ds, "p99_ms"));
            r.put("throughput_ratio", ratio(as, ds, "throughput_per_s"));
            perRoundResults.add(r);
        }
        var c = new LinkedHashMap<String, Object>();
        c.put("app", appAll.summary());
        c.put("direct", directAll.summary());
        for (String key : List.of("p50_ratio", "p99_ratio", "throughput_ratio")) {
            double[] v = perRoundResults.stream().mapToDouble(r -> (double) r.get(key)).sorted().toArray();
            c.put(key, median(v));
            c.put(key + "_min", v[0]);
            c.put(key + "_max", v[v.length - 1]);
        }
        c.put("rounds", perRoundResults);
        c.put("load_average_before", loadBefore);
        c.put("load_average_after", loadAverage());
        return c;
    }

    /**
     * Sends app requests in blocks until the app's CPU per request has settled: the last three blocks within
     * 10% of their median, after at least {@code minBlocks}, and the JIT compiler threads below 5% of the app's
     * CPU in the last block. A plateau of CPU per request alone was seen while C2 still spent a third of the
     * app's CPU. Returns the CPU per request and the compilers' share of every block.
     */
    static Map<String, Object> warmUp(ProcessHandle appProcess, int block, int minBlocks, int maxBlocks, Load.Call app)
            throws InterruptedException {
        List<Double> cpuMsPerRequest = new ArrayList<>();
        List<Double> compilerShare = new ArrayList<>();
        boolean settled = false;
        int errors = 0;
        String firstError = null;
        for (int b = 0; b < maxBlocks && !settled; b++) {
            Duration before = cpu(appProcess);
            long compilerBefore = compilerTicks(appProcess);
            Load.Sample s = Load.run(1, block, b * block, app);
            Duration used = cpu(appProcess).minus(before);
            double ms = used.toNanos() / 1e6 / block;
            cpuMsPerRequest.add(Math.round(ms * 1000) / 1000.0);
            double share = used.isZero() ? 0 : (compilerTicks(appProcess) - compilerBefore) * 10.0 / used.toMillis();
            compilerShare.add(Math.round(share * 1000) / 1000.0);
            // On a loaded machine a search may run into the app's timeout (504); counted, not fatal.
            errors += (int) s.summary().get("errors");
            if (firstError == null) {
                firstError = (String) s.summary().get("first_error");
            }
            int n = cpuMsPerRequest.size();
            if (n >= Math.max(3, minBlocks)) {
                double[] last = cpuMsPerRequest.subList(n - 3, n).stream().mapToDouble(Double::doubleValue).sorted()
                        .toArray();
                settled = last[2] - last[0] <= 0.10 * last[1] && compilerShare.get(n - 1) < 0.05;
            }
        }
        var m = new LinkedHashMap<String, Object>();
        m.put("requests", cpuMsPerRequest.size() * block);
        m.put("block", block);
        m.put("settled", settled);
        m.put("app_cpu_ms_per_request_by_block", cpuMsPerRequest);
        m.put("jit_compiler_share_of_app_cpu_by_block", compilerShare);
        m.put("errors", errors);
        if (firstError != null) {
            m.put("first_error", firstError);
        }
        return m;
    }

    /** User plus system CPU of a process and its threads, from /proc (ProcessHandle gives it in ticks too). */
    static Duration cpu(ProcessHandle p) {
        try {
            return Duration.ofMillis(cpuTicks(Files.readString(Path.of("/proc/" + p.pid() + "/stat"))) * 10);
        } catch (IOException e) {
            return p.info().totalCpuDuration().orElse(Duration.ZERO);
        }
    }

    /** CPU ticks of the JIT compiler threads (C1 and C2), from /proc/PID/task; 0 where /proc is missing. */
    static long compilerTicks(ProcessHandle p) {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc/" + p.pid() + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.contains("CompilerThre")) {
                        ticks += cpuTicks(stat);
                    }
                } catch (IOException threadGone) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    /** User plus system ticks from a /proc stat line; the fields are counted after the command name's ")". */
    private static long cpuTicks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(") ") + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : Load.round((sorted[n / 2 - 1] + sorted[n / 2]) / 2 * 1000) / 1000.0;
    }

    private static double ratio(Map<String, Object> app, Map<String, Object> direct, String key) {
        double d = ((Number) direct.get(key)).doubleValue();
        return d == 0 ? 0 : Math.round(((Number) app.get(key)).doubleValue() / d * 1000) / 1000.0;
    }
}
