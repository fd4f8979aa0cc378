package nl.nieuwszoeker.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.nieuwszoeker.es.ProvisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The minimal Elasticsearch distribution from Maven Central, unpacked once into a cache folder.
 * A copy already in the local Maven repository is used without touching the network.
 */
public final class Distribution {

    private static final Logger LOG = LoggerFactory.getLogger(Distribution.class);
    private static final String GROUP_PATH = "org/elasticsearch/distribution/integ-test-zip/elasticsearch";

    private final String version;
    private final Path cacheDir;
    private final String repository;

    public Distribution(String version, Path cacheDir, String repository) {
        this.version = version;
        this.cacheDir = cacheDir;
        this.repository = repository.endsWith("/") ? repository : repository + "/";
    }

    public String coordinates() {
        return "org.elasticsearch.distribution.integ-test-zip:elasticsearch:" + version + ":zip";
    }

    /** Returns the unpacked distribution home, fetching and unpacking it on first use. */
    public Path ensure() {
        Path home = cacheDir.resolve("elasticsearch-" + version);
        if (Files.exists(home.resolve(".complete"))) {
            return home;
        }
        try {
            Files.createDirectories(cacheDir);
            Path zip = locateOrDownload();
            Path staging = Files.createTempDirectory(cacheDir, "unpack-");
            unzip(zip, staging);
            Path unpacked = staging.resolve("elasticsearch-" + version);
            Files.writeString(unpacked.resolve(".complete"), coordinates());
            try {
                Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.exists(home.resolve(".complete"))) {
                    throw raced;
                }
            }
            FileTrees.delete(staging);
            return home;
        } catch (IOException e) {
            throw new ProvisionException("cannot unpack Elasticsearch into " + cacheDir + ": " + e.getMessage(), e);
        }
    }

    private Path locateOrDownload() throws IOException {
        String file = "elasticsearch-" + version + ".zip";
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository", GROUP_PATH, version, file);
        if (Files.isRegularFile(m2)) {
            LOG.info("Using {} from the local Maven repository", m2);
            return m2;
        }
        Path cached = cacheDir.resolve(file);
        if (Files.isRegularFile(cached)) {
            return cached;
        }
        String url = repository + GROUP_PATH + "/" + version + "/" + file;
        LOG.info("Downloading Elasticsearch {} (about 107 MB) from {}", version, url);
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            String expectedSha1 = http.send(HttpRequest.newBuilder(URI.create(url + ".sha1")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().trim().split("\\s+")[0];
            Path part = cacheDir.resolve(file + ".part");
            var response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofFile(part));
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            String actual = sha1(part);
            if (!actual.equalsIgnoreCase(expectedSha1)) {
                throw new IOException("checksum mismatch: expected " + expectedSha1 + ", got " + actual);
            }
            Files.move(part, cached, StandardCopyOption.ATOMIC_MOVE);
            return cached;
        } catch (IOException | InterruptedException e) {
            throw new ProvisionException("Could not download Elasticsearch " + version + " (" + coordinates()
                    + ") from " + url + ": " + e + ".\nFetch it ahead of time with\n"
                    + "  mvn dependency:get -Dartifact=" + coordinates() + "\n"
                    + "or copy " + file + " to " + cached
                    + ", or set NZ_MAVEN_REPOSITORY to a reachable Maven mirror.", e);
        }
    }

    private static String sha1(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                // Zip entries carry no Unix mode here; the launch scripts must be executable.
                if (out.getParent().getFileName().toString().equals("bin")) {
                    out.toFile().setExecutable(true, false);
                }
                out.toFile().setReadable(true, false);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
