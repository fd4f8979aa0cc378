package nl.nieuwszoeker.indexing;

import java.time.Duration;
import java.util.List;

/** The waits between attempts at a call Elasticsearch did not answer or asked us to slow down for. */
public record Backoff(List<Duration> delays) {

    public Backoff {
        delays = List.copyOf(delays);
    }

    /** 1, 2, 4, 8 and 16 seconds: about half a minute for a node to come back before the run gives up. */
    public static Backoff standard() {
        return new Backoff(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(16)));
    }

    public int attempts() {
        return delays.size() + 1;
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
