package nl.nieuwszoeker.web;

/** The thing asked for does not exist; answered with 404 in the common error shape. */
class NotFound extends RuntimeException {
    private final String code;
    private final String param;

    NotFound(String code, String message, String param) {
        super(message);
        this.code = code;
        this.param = param;
    }

    String code() {
        return code;
    }

    String param() {
        return param;
    }
}
