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
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd-MM-yyyy", NL);
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

    /**
     * A date field that reads and shows dd-mm-jjjj whatever the browser's language: a type=date field would
     * follow the browser's locale (mm/dd/yyyy in an English browser).
     */
    static String dateField(String name, LocalDate value) {
        return "<input type=\"text\" class=\"datefield\" name=\"" + name + "\" form=\"zoek\" inputmode=\"numeric\""
                + " autocomplete=\"off\" placeholder=\"dd-mm-jjjj\" pattern=\"\\d{1,2}-\\d{1,2}-\\d{4}\""
                + " title=\"Datum als dd-mm-jjjj, bijvoorbeeld 31-03-2024\" maxlength=\"10\" size=\"10\" value=\""
                + (value == null ? "" : NUMERIC.format(value)) + "\">";
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
