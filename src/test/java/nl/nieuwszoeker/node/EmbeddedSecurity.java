package nl.nieuwszoeker.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.nieuwszoeker.config.EsSettings;
import nl.nieuwszoeker.es.ProvisionException;

/**
 * Security for a test node, so the client can be tried against a secured cluster on one machine: the built-in elastic user
 * with a bootstrap password from the node's keystore, and optionally HTTPS with a CA and certificate made by the
 * distribution's own elasticsearch-certutil. The tools run as the node's user, so the node can read their output.
 */
public record EmbeddedSecurity(String password, boolean https) implements NodeSecurity {

    public static final String USER = "elastic";
    static final String CA_CERT = "certs/ca.crt";
    private static final String HTTP_KEYSTORE = "certs/http.p12";

    public EmbeddedSecurity {
        if (password == null || password.length() < 6) {
            throw new IllegalArgumentException("the elastic password must have at least 6 characters");
        }
    }

    public static EmbeddedSecurity password(String password) {
        return new EmbeddedSecurity(password, false);
    }

    public static EmbeddedSecurity https(String password) {
        return new EmbeddedSecurity(password, true);
    }

    @Override
    public List<String> settings() {
        var settings = new ArrayList<>(List.of("-E", "xpack.security.enabled=true"));
        if (https) {
            settings.addAll(List.of("-E", "xpack.security.http.ssl.enabled=true",
                    "-E", "xpack.security.http.ssl.keystore.path=" + HTTP_KEYSTORE));
        }
        return settings;
    }

    @Override
    public EsSettings connection(EsSettings plain, NodeLayout layout) {
        URI url = URI.create((https ? "https" : "http") + "://127.0.0.1:" + plain.embeddedPort());
        return new EsSettings(List.of(url), USER, password, null,
                https ? layout.home().resolve("config").resolve(CA_CERT) : null, null,
                plain.requestTimeout(), plain.retries(), plain.embeddedHeap(), plain.embeddedPort());
    }

    @Override
    public void prepare(NodeLayout layout, RunAs runAs) {
        Path config = layout.home().resolve("config");
        tool(layout, runAs, password, "elasticsearch-keystore", "add", "--stdin", "--force", "bootstrap.password");
        if (!https) {
            return;
        }
        Path certs = config.resolve("certs");
        try {
            Files.createDirectories(certs);
            runAs.own(certs);
            Path caZip = certs.resolve("ca.zip");
            tool(layout, runAs, null, "elasticsearch-certutil", "ca", "--pem", "--silent", "--days", "30",
                    "--out", caZip.toString());
            unpackCa(caZip, certs);
            runAs.own(certs);
            tool(layout, runAs, null, "elasticsearch-certutil", "cert", "--silent", "--days", "30",
                    "--ca-cert", certs.resolve("ca.crt").toString(), "--ca-key", certs.resolve("ca.key").toString(),
                    "--ip", "127.0.0.1", "--dns", "localhost", "--pass", "", "--out", config.resolve(HTTP_KEYSTORE).toString());
        } catch (IOException e) {
            throw new ProvisionException("cannot write certificates into " + certs + ": " + e.getMessage(), e);
        }
    }

    private static void unpackCa(Path zip, Path certs) throws IOException {
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = Path.of(entry.getName()).getFileName().toString();
                if (name.equals("ca.crt") || name.equals("ca.key")) {
                    Files.copy(in, certs.resolve(name));
                }
            }
        }
    }

    private static void tool(NodeLayout layout, RunAs runAs, String stdin, String tool, String... args) {
        List<String> command = new ArrayList<>(runAs.prefix());
        command.add(layout.home().resolve("bin").resolve(tool).toString());
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(layout.home().toFile()).redirectErrorStream(true);
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ES_PATH_CONF", layout.home().resolve("config").toString());
        builder.environment().put("ES_TMPDIR", layout.tmp().toString());
        builder.environment().remove("ES_JAVA_OPTS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        try {
            Process p = builder.start();
            try (OutputStream out = p.getOutputStream()) {
                if (stdin != null) {
                    out.write((stdin + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            String output;
            try (InputStream in = p.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new ProvisionException("bin/" + tool + " " + args[0] + " failed:\n" + output.strip());
            }
        } catch (IOException e) {
            throw new ProvisionException("cannot run bin/" + tool + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvisionException("interrupted while running bin/" + tool);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedSecurity[https=" + https + "]";
    }
}
