package nl.nieuwszoeker.config;

/** A setting is missing or wrong; the message tells the user which one and what to do. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
