package nl.nieuwszoeker.es;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLException;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries reads a bounded number of times with exponential backoff when the cluster was unreachable, timed out
 * or said it was busy (429, 502-504). Writes are never repeated here: a bulk that timed out may have been applied.
 * Failing over between several nodes within one attempt is the low-level RestClient's own job.
 */
final class RetryingTransport implements ElasticsearchTransport {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingTransport.class);
    private static final Set<String> READS_SENT_AS_POST = Set.of("search", "msearch", "count", "mget",
            "indices.analyze", "field_caps", "terms_enum");
    private static final Set<Integer> BUSY = Set.of(429, 502, 503, 504);

    private final RestClientTransport delegate;
    private final int retries;
    private final Duration firstBackoff;

    RetryingTransport(RestClientTransport delegate, int retries, Duration firstBackoff) {
        this.delegate = delegate;
        this.retries = retries;
        this.firstBackoff = firstBackoff;
    }

    RestClient restClient() {
        return delegate.restClient();
    }

    @Override
    public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
        boolean read = isRead(request, endpoint);
        for (int attempt = 0; ; attempt++) {
            try {
                return delegate.performRequest(request, endpoint, options);
            } catch (ElasticsearchException e) {
                if (!read || attempt >= retries || !BUSY.contains(e.status())) {
                    throw e;
                }
                pause(endpoint, attempt, "status " + e.status());
            } catch (IOException e) {
                if (!read || attempt >= retries || !worthRetrying(e)) {
                    throw e;
                }
                pause(endpoint, attempt, e.getClass().getSimpleName());
            }
        }
    }

    /** Asynchronous calls are passed through unretried; the app makes none. */
    @Override
    public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
        return delegate.performRequestAsync(request, endpoint, options);
    }

    @Override
    public JsonpMapper jsonpMapper() {
        return delegate.jsonpMapper();
    }

    @Override
    public TransportOptions options() {
        return delegate.options();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    static <RequestT> boolean isRead(RequestT request, Endpoint<RequestT, ?, ?> endpoint) {
        String method = endpoint.method(request);
        return "GET".equals(method) || "HEAD".equals(method) || READS_SENT_AS_POST.contains(name(endpoint));
    }

    /**
     * No connection (refused, reset, connect timeout) or a busy status. A TLS failure will not heal by waiting,
     * and a read that ran into ES_TIMEOUT_MS is not repeated, which would multiply the wait and the load.
     */
    static boolean worthRetrying(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof SocketTimeoutException) {
                return false;
            }
        }
        int status = -1;
        if (e instanceof TransportException te) {
            status = te.statusCode();
        } else if (e instanceof ResponseException re) {
            status = re.getResponse().getStatusLine().getStatusCode();
        }
        return status <= 0 ? !Thread.currentThread().isInterrupted() : BUSY.contains(status);
    }

    /** Endpoint ids carry a namespace prefix, as in es/search. */
    private static String name(Endpoint<?, ?, ?> endpoint) {
        String id = endpoint.id();
        return id.substring(id.indexOf('/') + 1);
    }

    private void pause(Endpoint<?, ?, ?> endpoint, int attempt, String reason) throws IOException {
        long millis = Math.min(5_000, firstBackoff.toMillis() << Math.min(attempt, 16));
        LOG.warn("Elasticsearch {} failed ({}); retry {} of {} in {} ms", name(endpoint), reason, attempt + 1, retries,
                millis);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry " + name(endpoint));
        }
    }
}
