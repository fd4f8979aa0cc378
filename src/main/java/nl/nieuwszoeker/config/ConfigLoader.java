package nl.nieuwszoeker.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads configuration from environment variables, which win, then from an optional properties file
 * (NZ_CONFIG or --config). Each key has one environment name and one file name, listed in the README.
 */
public final class ConfigLoader {

    private final Map<String, String> env;
    private final Properties file;

    private ConfigLoader(Map<String, String> env, Properties file) {
        this.env = env;
        this.file = file;
    }

    public static AppConfig load(Map<String, String> env, Path configFile) {
        Path path = configFile != null ? configFile
                : env.containsKey("NZ_CONFIG") ? Path.of(env.get("NZ_CONFIG")) : null;
        return new ConfigLoader(env, readProperties(path)).build();
    }

    private AppConfig build() {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path home = Path.of(System.getProperty("user.home"));
        // A root process hands the node to an unprivileged user, who cannot enter /root: use shared system folders.
        Path cache = path("NZ_CACHE_DIR", "cache.dir",
                root ? Path.of("/var/cache/nieuwszoeker") : xdg("XDG_CACHE_HOME", home.resolve(".cache")).resolve("nieuwszoeker"));
        Path state = path("NZ_DATA_DIR", "data.dir",
                root ? Path.of("/var/lib/nieuwszoeker") : xdg("XDG_DATA_HOME", home.resolve(".local/share")).resolve("nieuwszoeker"));
        var es = new EsSettings(
                urls(get("ES_URLS", "elasticsearch.urls")),
                get("ES_USERNAME", "elasticsearch.username"),
                get("ES_PASSWORD", "elasticsearch.password"),
                get("ES_API_KEY", "elasticsearch.api_key"),
                optionalPath(get("ES_CA_CERT", "elasticsearch.ca_cert")),
                get("ES_CA_FINGERPRINT", "elasticsearch.ca_fingerprint"),
                Duration.ofMillis(intValue("ES_TIMEOUT_MS", "elasticsearch.timeout_ms", 30_000)),
                intValue("ES_RETRIES", "elasticsearch.retries", 3),
                value("NZ_ES_HEAP", "embedded.heap", "512m"),
                optionalInt(get("NZ_ES_PORT", "embedded.port"), "NZ_ES_PORT"));
        return new AppConfig(
                intValue("NZ_PORT", "port", 7070),
                Path.of(value("NZ_SEEDS", "seeds", "seeds")),
                value("NZ_INDEX", "index.alias", "articles"),
                new AppConfig.Paths(cache, state),
                es);
    }

    private String get(String envName, String fileKey) {
        String v = env.get(envName);
        if (v == null || v.isBlank()) {
            v = file.getProperty(fileKey);
        }
        return v == null || v.isBlank() ? null : v.trim();
    }

    private String value(String envName, String fileKey, String fallback) {
        String v = get(envName, fileKey);
        return v == null ? fallback : v;
    }

    private int intValue(String envName, String fileKey, int fallback) {
        Integer v = optionalInt(get(envName, fileKey), envName);
        return v == null ? fallback : v;
    }

    private Path path(String envName, String fileKey, Path fallback) {
        String v = get(envName, fileKey);
        return v == null ? fallback : Path.of(v).toAbsolutePath();
    }

    private Path xdg(String envName, Path fallback) {
        String v = env.get(envName);
        return v == null || v.isBlank() ? fallback : Path.of(v);
    }

    private static Integer optionalInt(String v, String name) {
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number, got '" + v + "'");
        }
    }

    private static Path optionalPath(String v) {
        return v == null ? null : Path.of(v);
    }

    private static List<URI> urls(String v) {
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(s -> {
            URI uri = URI.create(s);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new ConfigException("ES_URLS entry '" + s + "' is not a URL like https://host:9200");
            }
            return uri;
        }).toList();
    }

    private static Properties readProperties(Path path) {
        var props = new Properties();
        if (path == null) {
            return props;
        }
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + path + ": " + e.getMessage());
        }
        return props;
    }
}
