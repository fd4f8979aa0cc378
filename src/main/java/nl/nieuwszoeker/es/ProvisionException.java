package nl.nieuwszoeker.es;

/** Elasticsearch could not be made available; the message says why and what to do about it. */
public class ProvisionException extends RuntimeException {
    public ProvisionException(String message) {
        super(message);
    }

    public ProvisionException(String message, Throwable cause) {
        super(message, cause);
    }
}
