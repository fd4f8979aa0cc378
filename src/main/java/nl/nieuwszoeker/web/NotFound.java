package nl.nieuwszoeker.web;

import io.javalin.http.Context;
import java.util.Optional;

/** The thing asked for does not exist; answered with 404 in the common error shape. */
class NotFound extends RuntimeException {
    /** Longer ids are never looked up: no indexed article has one, and the id goes into a request. */
    private static final int MAX_ID_LENGTH = 512;

    private final String code;
    private final String param;

    NotFound(String code, String message, String param) {
        super(message);
        this.code = code;
        this.param = param;
    }

    /** No article with this id. */
    static NotFound article() {
        return new NotFound("not_found", "No article with this id.", "id");
    }

    /** The path's article id when it could name an article; empty when it is blank or too long. */
    static Optional<String> articleId(Context ctx) {
        String id = ctx.pathParam("id");
        return id.isBlank() || id.length() > MAX_ID_LENGTH ? Optional.empty() : Optional.of(id);
    }

    String code() {
        return code;
    }

    String param() {
        return param;
    }
}
