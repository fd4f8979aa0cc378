package nl.nieuwszoeker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/** A CPU profile of the app from its Flight Recorder file: hottest methods, and time spent per library. */
final class Profile {

    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("nl.nieuwszoeker.", "app code (nl.nieuwszoeker)");
        LIBRARIES.put("co.elastic.clients.", "Elasticsearch Java client");
        LIBRARIES.put("org.elasticsearch.client.", "Elasticsearch low-level RestClient");
        LIBRARIES.put("org.apache.http.", "Apache HTTP client");
        LIBRARIES.put("org.eclipse.parsson.", "JSON-P (parsson)");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson");
        LIBRARIES.put("io.javalin.", "Javalin");
        LIBRARIES.put("org.eclipse.jetty.", "Jetty");
    }

    private Profile() {}

    static Map<String, Object> summarize(Path jfr) throws IOException {
        var out = new LinkedHashMap<String, Object>();
        if (!Files.exists(jfr)) {
            return out;
        }
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            top.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String type = f.getMethod().getType().getName();
                LIBRARIES.forEach((prefix, label) -> {
                    if (type.startsWith(prefix)) {
                        seen.add(label);
                    }
                });
            }
            seen.forEach(l -> inclusive.merge(l, 1, Integer::sum));
        }
        int total = Math.max(1, samples);
        out.put("cpu_samples", samples);
        var libs = new LinkedHashMap<String, Object>();
        inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(en -> libs.put(en.getKey(), percent(en.getValue(), total)));
        out.put("share_of_samples_with_library_on_stack_percent", libs);
        var hot = new LinkedHashMap<String, Object>();
        top.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(en -> hot.put(en.getKey(), percent(en.getValue(), total)));
        out.put("hottest_methods_self_percent", hot);
        return out;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static double percent(int n, int total) {
        return Math.round(n * 1000.0 / total) / 10.0;
    }
}
