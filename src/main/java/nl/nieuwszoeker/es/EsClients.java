package nl.nieuwszoeker.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import nl.nieuwszoeker.config.ConfigException;
import nl.nieuwszoeker.config.EsSettings;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/** Builds the app's single ElasticsearchClient from connection settings. */
public final class EsClients {

    private EsClients() {}

    public static ElasticsearchClient create(EsSettings settings) {
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
            http.setMaxConnTotal(64).setMaxConnPerRoute(32);
            if (ssl != null) {
                http.setSSLContext(ssl);
            }
            return http;
        });
        var transport = new RestClientTransport(builder.build(), new JacksonJsonpMapper());
        return new ElasticsearchClient(transport);
    }

    public static void close(ElasticsearchClient client) {
        try {
            client._transport().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 9200;
    }

    private static Header authHeader(EsSettings s) {
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
        return null;
    }

    private static SSLContext sslContext(EsSettings s) {
        if (s.caCertificate() != null) {
            if (!s.caCertificate().toFile().canRead()) {
                throw new ConfigException("ES_CA_CERT " + s.caCertificate() + " cannot be read");
            }
            try {
                return TransportUtils.sslContextFromHttpCaCrt(s.caCertificate().toFile());
            } catch (IOException e) {
                throw new ConfigException("ES_CA_CERT " + s.caCertificate() + " is not a usable certificate: " + e.getMessage());
            }
        }
        if (s.caFingerprint() != null) {
            return TransportUtils.sslContextFromCaFingerprint(s.caFingerprint());
        }
        return null;
    }
}
