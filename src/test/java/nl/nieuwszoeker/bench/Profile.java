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
        Map<String, Integer> stages = new HashMap<>();
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
            stages.merge(stage(frames), 1, Integer::sum);
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
        var byStage = new LinkedHashMap<String, Object>();
        stages.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(en -> byStage.put(en.getKey(), percent(en.getValue(), total)));
        out.put("share_of_samples_by_stage_percent", byStage);
        return out;
    }

    /**
     * The stage of serving a search a sample belongs to: the innermost frame that names one wins, so Jackson
     * under the client's deserialiser counts as parsing, and Jackson under Javalin as writing the answer.
     */
    static String stage(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            String method = f.getMethod().getName();
            if (type.startsWith("co.elastic.clients.")) {
                String m = method.toLowerCase(java.util.Locale.ROOT);
                if (m.contains("deserialize") || type.contains("Deserializer")) {
                    return "ES client: parse response into typed objects";
                }
                if (m.contains("serialize") || type.contains("Serializer")) {
                    return "ES client: serialise request";
                }
                continue;
            }
            if (type.startsWith("org.apache.http.") || type.startsWith("org.elasticsearch.client.")) {
                return "HTTP client to Elasticsearch (RestClient, Apache)";
            }
            if (type.startsWith("io.javalin.json.")) {
                return "write the JSON answer (Javalin, Jackson)";
            }
            if (type.startsWith("nl.nieuwszoeker.search.SearchBody") || type.startsWith("nl.nieuwszoeker.search.SearchQueries")
                    || type.startsWith("nl.nieuwszoeker.search.UserQuery") || type.startsWith("nl.nieuwszoeker.search.CompoundParts")) {
                return "app: build the typed request";
            }
            if (type.startsWith("nl.nieuwszoeker.web.page.")) {
                return "app: render HTML";
            }
            if (type.startsWith("nl.nieuwszoeker.web.SearchParams")) {
                return "app: read parameters";
            }
            if (type.startsWith("nl.nieuwszoeker.")) {
                return "app: other (" + type.substring("nl.nieuwszoeker.".length()) + ")";
            }
        }
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            if (type.startsWith("org.eclipse.jetty.") || type.startsWith("io.javalin.")) {
                return "HTTP server (Jetty, Javalin)";
            }
        }
        return "other (JVM, JFR itself)";
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static double percent(int n, int total) {
        return Math.round(n * 1000.0 / total) / 10.0;
    }
}
