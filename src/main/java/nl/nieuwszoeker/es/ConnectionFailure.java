package nl.nieuwszoeker.es;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import nl.nieuwszoeker.config.EsSettings;
import org.apache.http.ConnectionClosedException;

/**
 * Turns a failed first contact into one sentence that names the cause and the setting to change.
 * Built from the settings' URLs (which never hold user info) and exception types, never from secrets.
 */
final class ConnectionFailure {

    private ConnectionFailure() {}

    static ProvisionException explain(Throwable e, EsSettings s) {
        String where = "Elasticsearch at " + s.urls();
        if (e instanceof ElasticsearchException ee && ee.status() == 401) {
            return new ProvisionException(where + ": " + authentication(s), e);
        }
        if (e instanceof ElasticsearchException ee) {
            return new ProvisionException(where + " answered the first request with status " + ee.status() + ": "
                    + ee.getMessage(), e);
        }
        SSLException tls = find(e, SSLException.class);
        if (tls != null) {
            return new ProvisionException(where + ": TLS handshake failed: " + trust(s) + " (" + tls.getMessage()
                    + ")", e);
        }
        if (find(e, ConnectionClosedException.class) != null && s.urls().stream().anyMatch(u -> "http".equals(u.getScheme()))) {
            return new ProvisionException(where + " closed the connection; if the cluster requires HTTPS, use"
                    + " https:// in ES_URLS", e);
        }
        if (find(e, UnknownHostException.class) != null) {
            return new ProvisionException(where + ": unknown host " + find(e, UnknownHostException.class).getMessage()
                    + "; check ES_URLS", e);
        }
        if (find(e, ConnectException.class) != null) {
            return new ProvisionException(where + ": connection refused; is it running, and are the host and port"
                    + " in ES_URLS right?", e);
        }
        if (find(e, SocketTimeoutException.class) != null) {
            return new ProvisionException(where + " did not answer within " + s.requestTimeout().toMillis()
                    + " ms (ES_TIMEOUT_MS)", e);
        }
        return new ProvisionException("cannot reach " + where + ": " + e, e);
    }

    private static String authentication(EsSettings s) {
        if (s.apiKey() != null) {
            return "authentication failed for the API key in ES_API_KEY (wrong, expired or invalidated)";
        }
        if (s.username() != null) {
            return "authentication failed for user " + s.username() + " (check ES_USERNAME and ES_PASSWORD)";
        }
        return "the cluster requires authentication; set ES_USERNAME and ES_PASSWORD, or ES_API_KEY";
    }

    private static String trust(EsSettings s) {
        if (s.caCertificate() != null) {
            return "the server's certificate is not signed by the CA in ES_CA_CERT " + s.caCertificate();
        }
        if (s.caFingerprint() != null) {
            return "no certificate the server presented matches ES_CA_FINGERPRINT";
        }
        return "the server's certificate is not trusted by Java's default trust store; for a self-signed cluster"
                + " set ES_CA_CERT (the http_ca.crt file) or ES_CA_FINGERPRINT";
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
