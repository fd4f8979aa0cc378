package nl.nieuwszoeker.web.page;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates and numbers as a Dutch reader writes them; app.js formats the same way with Intl. */
final class Dutch {

    static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", NL);

    private Dutch() {}

    /** The day of an ISO date or date-time ("2025-03-01T09:00:00Z" gives 2025-03-01), or null. */
    static LocalDate day(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String date(LocalDate d) {
        return d == null ? "" : LONG.format(d);
    }

    static String period(LocalDate start, String interval) {
        return switch (interval) {
            case "year" -> Integer.toString(start.getYear());
            case "month" -> MONTH.format(start);
            default -> LONG.format(start);
        };
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance(NL).format(n);
    }

    static String seconds(long millis) {
        return String.format(NL, "%.2f", millis / 1000.0);
    }

    static String results(long n) {
        return count(n) + (n == 1 ? " resultaat" : " resultaten");
    }
}
