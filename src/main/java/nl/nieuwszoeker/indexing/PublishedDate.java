package nl.nieuwszoeker.indexing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises a publication date to ISO 8601, the form the mapping accepts. Accepted: ISO dates and date-times
 * (a space may stand for the T), "21 november 2026" (Dutch month names or their usual abbreviations) and
 * "21-11-2026" (day first, four-digit year). Anything else is refused rather than guessed: no slashes (day or
 * month first?), no two-digit years, no bare numbers (seconds or milliseconds?). A date-time without an
 * offset is kept without one.
 */
public final class PublishedDate {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7),
            Map.entry("jul", 7), Map.entry("augustus", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final Pattern DUTCH_WORDS = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final Pattern DUTCH_DASHES = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");
    private static final Pattern ISO_SPACE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}.*)");

    private PublishedDate() {}

    public static Optional<String> normalise(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String s = written.strip();
        Matcher space = ISO_SPACE.matcher(s);
        if (space.matches()) {
            s = space.group(1) + "T" + space.group(2);
        }
        try {
            return Optional.of(iso(s));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String iso(String s) {
        Matcher words = DUTCH_WORDS.matcher(s);
        if (words.matches()) {
            Integer month = MONTHS.get(words.group(2).toLowerCase(Locale.ROOT));
            if (month == null) {
                throw new DateTimeException("unknown month " + words.group(2));
            }
            return LocalDate.of(Integer.parseInt(words.group(3)), month, Integer.parseInt(words.group(1))).toString();
        }
        Matcher dashes = DUTCH_DASHES.matcher(s);
        if (dashes.matches()) {
            return LocalDate.of(Integer.parseInt(dashes.group(3)), Integer.parseInt(dashes.group(2)),
                    Integer.parseInt(dashes.group(1))).toString();
        }
        if (s.length() == 10) {
            return LocalDate.parse(s).toString();
        }
        if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:?\\d{2}$")) {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return LocalDateTime.parse(s).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
}
