package nl.nieuwszoeker.web;

/** A request parameter is wrong; answered with 400 naming the parameter. */
public class BadRequest extends RuntimeException {
    private final String param;

    public BadRequest(String param, String message) {
        super(message);
        this.param = param;
    }

    public String param() {
        return param;
    }
}
