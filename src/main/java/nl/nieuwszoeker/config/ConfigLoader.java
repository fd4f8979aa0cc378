package nl.nieuwszoeker.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
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
        List<URI> urls = urls(get("ES_URLS", "elasticsearch.urls"));
        String username = get("ES_USERNAME", "elasticsearch.username");
        String password = get("ES_PASSWORD", "elasticsearch.password");
        // user:password@ in a URL is accepted but moved out of the URL, which ends up in logs and messages.
        String userInfo = urls.stream().map(URI::getRawUserInfo).filter(u -> u != null).findFirst().orElse(null);
        if (userInfo != null && username == null) {
            int colon = userInfo.indexOf(':');
            username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? password : decode(userInfo.substring(colon + 1));
        }
        String caCert = get("ES_CA_CERT", "elasticsearch.ca_cert");
        String caFingerprint = get("ES_CA_FINGERPRINT", "elasticsearch.ca_fingerprint");
        if (caCert != null && caFingerprint != null) {
            throw new ConfigException("set ES_CA_CERT or ES_CA_FINGERPRINT, not both");
        }
        int timeoutMs = intValue("ES_TIMEOUT_MS", "elasticsearch.timeout_ms", 30_000);
        if (timeoutMs < 1) {
            throw new ConfigException("ES_TIMEOUT_MS must be 1 or more, got " + timeoutMs);
        }
        int retries = intValue("ES_RETRIES", "elasticsearch.retries", 3);
        if (retries < 0) {
            throw new ConfigException("ES_RETRIES must be 0 or more, got " + retries);
        }
        var es = new EsSettings(
                urls.stream().map(ConfigLoader::withoutUserInfo).toList(),
                username,
                password,
                get("ES_API_KEY", "elasticsearch.api_key"),
                optionalPath(caCert),
                caFingerprint,
                Duration.ofMillis(timeoutMs),
                retries,
                value("NZ_ES_HEAP", "embedded.heap", "512m"),
                optionalInt(get("NZ_ES_PORT", "embedded.port"), "NZ_ES_PORT"));
        var shards = new ShardSettings(optionalInt(get("NZ_SHARDS", "index.shards"), "NZ_SHARDS"),
                optionalInt(get("NZ_REPLICAS", "index.replicas"), "NZ_REPLICAS"));
        return new AppConfig(
                intValue("NZ_PORT", "port", 7070),
                Path.of(value("NZ_SEEDS", "seeds", "seeds")),
                value("NZ_INDEX", "index.alias", "articles"),
                new AppConfig.Paths(cache, state),
                es,
                shards);
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
            URI uri;
            try {
                uri = new URI(s);
            } catch (URISyntaxException e) {
                uri = null;
            }
            if (uri == null || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new ConfigException("ES_URLS entry '" + redacted(s) + "' is not a URL like https://host:9200");
            }
            return uri;
        }).toList();
    }

    /** The entry as the user wrote it, minus anything between :// and @, which may hold a password. */
    private static String redacted(String url) {
        return url.replaceFirst("(?<=://)[^/@]*@", "***@");
    }

    private static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new ConfigException("ES_URLS entry for host " + uri.getHost() + " cannot be rebuilt without its user info");
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
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
