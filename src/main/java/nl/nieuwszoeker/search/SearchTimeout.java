package nl.nieuwszoeker.search;

/** Elasticsearch gave up on a search within the configured time; the web layer answers 504. */
public class SearchTimeout extends RuntimeException {
    public SearchTimeout() {
        super("The search took longer than allowed.");
    }
}
