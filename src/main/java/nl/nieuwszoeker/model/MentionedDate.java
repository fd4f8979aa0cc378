package nl.nieuwszoeker.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A date the text mentions, as precise as the text is: {@code date} is "2015-11-13", "2015-11" or "2015", which
 * the mapping's date field reads as the first day of that period.
 */
public record MentionedDate(String date, Precision precision) {

    public enum Precision {
        DAY, MONTH, YEAR;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static MentionedDate day(LocalDate d) {
        return new MentionedDate(d.toString(), Precision.DAY);
    }

    public static MentionedDate month(int year, int month) {
        return new MentionedDate(String.format(Locale.ROOT, "%04d-%02d", year, month), Precision.MONTH);
    }

    public static MentionedDate year(int year) {
        return new MentionedDate(String.format(Locale.ROOT, "%04d", year), Precision.YEAR);
    }
}
