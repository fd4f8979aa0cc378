package nl.nieuwszoeker.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** A closed-loop load generator: N workers, each sends its next search as soon as the previous one answered. */
final class Load {

    interface Call {
        /** Sends search number {@code i} of the mix and throws if it did not succeed. */
        void run(int i) throws Exception;
    }

    /** Latencies and wall time of one or more runs of one target. */
    static final class Sample {
        private final List<long[]> latencies = new ArrayList<>();
        private long wallNanos;
        private int errors;
        private String firstError;

        void add(Sample other) {
            latencies.addAll(other.latencies);
            wallNanos += other.wallNanos;
            errors += other.errors;
            if (firstError == null) {
                firstError = other.firstError;
            }
        }

        Map<String, Object> summary() {
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(l -> l >= 0).sorted().toArray();
            double seconds = wallNanos / 1e9;
            var m = new java.util.LinkedHashMap<String, Object>();
            m.put("requests", all.length);
            m.put("errors", errors);
            if (firstError != null) {
                m.put("first_error", firstError);
            }
            m.put("p50_ms", round(percentile(all, 50) / 1e6));
            m.put("p90_ms", round(percentile(all, 90) / 1e6));
            m.put("p99_ms", round(percentile(all, 99) / 1e6));
            m.put("max_ms", round(all.length == 0 ? 0 : all[all.length - 1] / 1e6));
            m.put("throughput_per_s", round(all.length / seconds));
            return m;
        }
    }

    private Load() {}

    static Sample run(int concurrency, int requests, int offset, Call call) throws InterruptedException {
        long[] latencies = new long[requests];
        Arrays.fill(latencies, -1);
        var next = new AtomicInteger();
        var errors = new AtomicInteger();
        var firstError = new java.util.concurrent.atomic.AtomicReference<String>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    long t0 = System.nanoTime();
                    try {
                        call.run(offset + i);
                        latencies[i] = System.nanoTime() - t0;
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }
            }));
        }
        for (Future<?> f : workers) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        var s = new Sample();
        s.latencies.add(latencies);
        s.wallNanos = wall;
        s.errors = errors.get();
        s.firstError = firstError.get();
        return s;
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
