package nl.nieuwszoeker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged app, run as a user runs it: {@code java -jar target/nieuwszoeker.jar ...} in its own process. */
public final class Jar {

    public static final Path JAR = Path.of("target", "nieuwszoeker.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Jar() {}

    /** Starts a command with the given environment added; its output goes to log. */
    public static Process start(Map<String, String> env, Path log, String... args) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing; these tests run in `mvn verify`, after the package phase");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("ES_URLS");
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to its end; the answer holds its exit status and everything it printed. */
    public static Result run(Map<String, String> env, Path log, Duration timeout, String... args) throws Exception {
        long before = Files.exists(log) ? Files.size(log) : 0;
        long started = System.nanoTime();
        Process p = start(env, log, args);
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("`" + String.join(" ", args) + "` did not end within " + timeout);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String all = Files.readString(log);
        return new Result(p.exitValue(), all.substring((int) Math.min(before, all.length())), millis);
    }

    public record Result(int exit, String output, long millis) {}

    /** Stops a command as Ctrl-C would, and waits for it. */
    public static void stop(Process p) throws InterruptedException {
        if (p == null) {
            return;
        }
        p.destroy();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public record Response(int status, String body, HttpResponse<String> raw) {}

    public static Response get(int port, String pathAndQuery) {
        return get(port, pathAndQuery, "application/json");
    }

    public static Response get(int port, String pathAndQuery, String accept) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                    .header("Accept", accept).timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            return new Response(-1, e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(-1, "interrupted", null);
        }
    }

    /** Polls until the app's /health answers 200, or fails with the log's tail. */
    public static void awaitHealthy(int port, Process p, Path log, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the app exited with " + p.exitValue() + ":\n" + Files.readString(log));
            }
            if (get(port, "/health").status() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the app did not become healthy within " + timeout + ":\n" + Files.readString(log));
    }
}
