package nl.nieuwszoeker.web;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import nl.nieuwszoeker.search.SearchTimeout;
import nl.nieuwszoeker.web.page.ErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the one JSON error shape, or on the page routes into a Dutch page; no stack trace
 * ever reaches a client.
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    /** Seconds a client is asked to wait before it tries again when the backend is unavailable. */
    static final String RETRY_AFTER_SECONDS = "5";

    /** Routes that answer with a part of the search page, which the script swaps in; an error is such a part too. */
    static final String FRAGMENTS = "/fragments/";

    private final ErrorPage pages;

    private ErrorMapping(ErrorPage pages) {
        this.pages = pages;
    }

    static void install(JavalinConfig config, ErrorPage pages) {
        new ErrorMapping(pages).register(config);
    }

    private void register(JavalinConfig config) {
        config.routes.exception(BadRequest.class, (e, ctx) ->
                respond(ctx, HttpStatus.BAD_REQUEST, new ApiError("bad_request", e.getMessage(), e.param())));
        config.routes.exception(NotFound.class, (e, ctx) ->
                respond(ctx, HttpStatus.NOT_FOUND, new ApiError(e.code(), e.getMessage(), e.param())));
        config.routes.exception(SearchTimeout.class, (e, ctx) -> timeout(ctx));
        config.routes.exception(ElasticsearchException.class, (e, ctx) -> {
            LOG.warn("Elasticsearch refused {}: {}", ctx.path(), e.getMessage());
            if (e.status() == 404) {
                respond(ctx, HttpStatus.SERVICE_UNAVAILABLE, ApiError.of("index_missing",
                        "The article index does not exist yet; run the indexer."));
            } else if (e.status() == 429 || e.status() == 503) {
                respond(ctx, HttpStatus.SERVICE_UNAVAILABLE, ApiError.of("search_unavailable",
                        "The search backend is busy or starting; try again shortly."));
            } else if (e.status() == 400) {
                respond(ctx, HttpStatus.BAD_REQUEST, ApiError.of("bad_query", "Elasticsearch rejected the query."));
            } else {
                respond(ctx, HttpStatus.BAD_GATEWAY, ApiError.of("search_backend_error",
                        "Elasticsearch answered with an error (" + e.status() + ")."));
            }
        });
        config.routes.exception(BackendRestarting.class, (e, ctx) -> respond(ctx, HttpStatus.SERVICE_UNAVAILABLE,
                ApiError.of("search_unavailable", "The search backend is restarting; try again in a few seconds.")));
        config.routes.exception(TransportException.class, (e, ctx) -> unreachable(ctx, e));
        config.routes.exception(UncheckedIOException.class, (e, ctx) -> unreachable(ctx, e.getCause()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            respond(ctx, status, ApiError.of(code(status), e.getStatus() == 404
                    ? "No such endpoint: " + ctx.method() + " " + ctx.path() : e.getMessage()));
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {}", ctx.path(), e);
            respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR, ApiError.of("internal_error", "Something went wrong."));
        });
        config.routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(ctx, HttpStatus.NOT_FOUND, ApiError.of("not_found", "No such endpoint: " + ctx.method() + " " + ctx.path()));
            }
        });
        config.routes.error(405, "*", ctx -> respond(ctx, HttpStatus.METHOD_NOT_ALLOWED,
                ApiError.of("method_not_allowed", ctx.method() + " is not allowed on " + ctx.path())));
    }

    private static String code(HttpStatus status) {
        return status.getMessage().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    private void timeout(Context ctx) {
        respond(ctx, HttpStatus.GATEWAY_TIMEOUT, ApiError.of("search_timeout",
                "The search took too long and was stopped; try a narrower search."));
    }

    private void unreachable(Context ctx, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                LOG.warn("Elasticsearch did not answer in time on {}", ctx.path());
                timeout(ctx);
                return;
            }
        }
        LOG.warn("Elasticsearch unreachable on {}: {}", ctx.path(), e == null ? "?" : e.toString());
        respond(ctx, HttpStatus.SERVICE_UNAVAILABLE,
                ApiError.of("search_unavailable", "The search backend cannot be reached; try again shortly."));
    }

    /** The API gets the JSON shape; a page route gets a Dutch page with the pages' security headers. */
    void respond(Context ctx, HttpStatus status, ApiError error) {
        if ("search_unavailable".equals(error.error())) {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        if (ctx.path().startsWith(FRAGMENTS)) {
            PageController.securityHeaders(ctx);
            ctx.header("Cache-Control", "no-cache");
            ctx.status(status).contentType("text/html; charset=utf-8").result(pages.fragment(error.error(), error.param()));
            return;
        }
        if (isPage(ctx)) {
            PageController.securityHeaders(ctx);
            ctx.header("Cache-Control", "no-cache");
            ctx.status(status).contentType("text/html; charset=utf-8")
                    .result(pages.render(error.error(), error.param(), ctx.queryParam("q")));
            return;
        }
        ctx.status(status).json(error);
    }

    /** The page routes, and any other path a browser asks for as a page (not the API, health or assets). */
    static boolean isPage(Context ctx) {
        String path = ctx.path();
        if (path.equals("/") || path.startsWith("/artikel/")) {
            return true;
        }
        if (path.startsWith("/api/") || path.equals("/health") || path.startsWith("/assets/")
                || path.equals("/openapi.json")) {
            return false;
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }
}
