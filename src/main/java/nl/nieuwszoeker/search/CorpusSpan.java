package nl.nieuwszoeker.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The histogram interval follows the span of publication dates in the whole index: day up to two months,
 * month up to five years, else year. The span is read once and kept for a minute, not fetched per search.
 */
final class CorpusSpan {

    private static final Duration KEEP = Duration.ofMinutes(1);

    private record Known(CalendarInterval interval, Instant readAt) {}

    private final ElasticsearchClient client;
    private final String index;
    private volatile Known known;

    CorpusSpan(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    CalendarInterval interval() {
        Known k = known;
        if (k == null || k.readAt().plus(KEEP).isBefore(Instant.now())) {
            k = new Known(read(), Instant.now());
            known = k;
        }
        return k.interval();
    }

    static CalendarInterval forSpan(LocalDate min, LocalDate max) {
        if (min == null || max == null) {
            return CalendarInterval.Month;
        }
        long days = ChronoUnit.DAYS.between(min, max);
        if (days <= 62) {
            return CalendarInterval.Day;
        }
        return days <= 5 * 366 ? CalendarInterval.Month : CalendarInterval.Year;
    }

    static String name(CalendarInterval interval) {
        return switch (interval) {
            case Day -> "day";
            case Year -> "year";
            default -> "month";
        };
    }

    private CalendarInterval read() {
        try {
            var response = client.search(s -> s.index(index).size(0).trackTotalHits(t -> t.enabled(false))
                    .aggregations("min", a -> a.min(m -> m.field(SearchQueries.DATE_FIELD).format("yyyy-MM-dd")))
                    .aggregations("max", a -> a.max(m -> m.field(SearchQueries.DATE_FIELD).format("yyyy-MM-dd"))),
                    Void.class);
            var min = response.aggregations().get("min");
            var max = response.aggregations().get("max");
            return min == null || max == null ? CalendarInterval.Month
                    : forSpan(date(min.min().valueAsString()), date(max.max().valueAsString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
