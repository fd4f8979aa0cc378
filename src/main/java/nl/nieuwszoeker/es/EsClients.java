package nl.nieuwszoeker.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import nl.nieuwszoeker.config.ConfigException;
import nl.nieuwszoeker.config.EsSettings;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the app's single ElasticsearchClient from connection settings. */
public final class EsClients {

    private static final Logger LOG = LoggerFactory.getLogger(EsClients.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private EsClients() {}

    /** A client whose cluster answered and accepted the credentials; otherwise a message naming the cause. */
    public static ElasticsearchClient connect(EsSettings settings) {
        ElasticsearchClient client = create(settings);
        try {
            check(client, settings);
            return client;
        } catch (RuntimeException e) {
            close(client);
            throw e;
        }
    }

    public static ElasticsearchClient create(EsSettings settings) {
        if (settings.urls().isEmpty()) {
            throw new ConfigException("no Elasticsearch URL to connect to; set ES_URLS");
        }
        HttpHost[] hosts = settings.urls().stream()
                .map(u -> new HttpHost(u.getHost(), port(u), u.getScheme()))
                .toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts);
        Header auth = authHeader(settings);
        if (auth != null) {
            builder.setDefaultHeaders(new Header[] {auth});
        }
        SSLContext ssl = sslContext(settings);
        int timeout = (int) settings.requestTimeout().toMillis();
        builder.setRequestConfigCallback(rc -> rc.setConnectTimeout(Math.min(timeout, 5_000)).setSocketTimeout(timeout));
        builder.setHttpClientConfigCallback(http -> {
            // Credentials go in a default header, so the auth cache is never needed; Apache's copies its schemes by
            // Java serialisation on every request, which was the largest single cost in the app's request path.
            // Elasticsearch sets no cookies either.
            http.setMaxConnTotal(64).setMaxConnPerRoute(32).disableAuthCaching().disableCookieManagement();
            if (ssl != null) {
                http.setSSLContext(ssl);
            }
            return http;
        });
        var transport = new RestClientTransport(builder.build(), new JacksonJsonpMapper());
        return new ElasticsearchClient(new RetryingTransport(transport, settings.retries(), FIRST_BACKOFF));
    }

    /** The low-level client under an ElasticsearchClient made here, for requests the typed API does not cover. */
    public static RestClient restClient(ElasticsearchClient client) {
        if (client._transport() instanceof RetryingTransport retrying) {
            return retrying.restClient();
        }
        return ((RestClientTransport) client._transport()).restClient();
    }

    public static void close(ElasticsearchClient client) {
        try {
            client._transport().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Cluster health needs no index and answers on every distribution. A 403 means the credentials are fine but
     * lack the monitor privilege, which the app does not need.
     */
    static void check(ElasticsearchClient client, EsSettings settings) {
        try {
            client.cluster().health();
        } catch (ElasticsearchException e) {
            if (e.status() == 403) {
                LOG.info("Connected to {}; the credentials may not read cluster health, which the app does not need",
                        settings.urls());
                return;
            }
            throw ConnectionFailure.explain(e, settings);
        } catch (IOException | RuntimeException e) {
            throw ConnectionFailure.explain(e, settings);
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 9200;
    }

    public static Header authHeader(EsSettings s) {
        if (s.apiKey() != null) {
            return new BasicHeader("Authorization", "ApiKey " + s.apiKey());
        }
        if (s.username() != null) {
            if (s.password() == null) {
                throw new ConfigException("ES_USERNAME is set but ES_PASSWORD is not");
            }
            String pair = s.username() + ":" + s.password();
            return new BasicHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        if (s.password() != null) {
            throw new ConfigException("ES_PASSWORD is set but ES_USERNAME is not");
        }
        return null;
    }

    private static SSLContext sslContext(EsSettings s) {
        if (s.caCertificate() != null) {
            if (!s.caCertificate().toFile().canRead()) {
                throw new ConfigException("ES_CA_CERT " + s.caCertificate() + " cannot be read");
            }
            try {
                return TransportUtils.sslContextFromHttpCaCrt(s.caCertificate().toFile());
            } catch (IOException | RuntimeException e) {
                throw new ConfigException("ES_CA_CERT " + s.caCertificate() + " is not a PEM or DER certificate: "
                        + e.getMessage());
            }
        }
        if (s.caFingerprint() != null) {
            String hex = s.caFingerprint().replace(":", "").trim();
            if (!hex.matches("(?i)[0-9a-f]{64}")) {
                throw new ConfigException("ES_CA_FINGERPRINT must be a SHA-256 fingerprint: 64 hex digits,"
                        + " with or without colons");
            }
            return TransportUtils.sslContextFromCaFingerprint(hex);
        }
        return null;
    }
}
