package nl.nieuwszoeker.indexing.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.nieuwszoeker.model.MentionedDate;

/**
 * Finds the dates a Dutch text mentions: full dates ("13 november 2015"), months ("oktober 2019") and years
 * in context ("in 2005", "de zomer van 2014", "sinds 2010"). A bare number is never taken for a year, and
 * relative dates ("afgelopen nacht", "vorige week") are not resolved: without a publication date they have
 * no fixed meaning. Dates that do not exist (31 februari) and years outside {@link #FIRST_YEAR}..{@link
 * #LAST_YEAR} are left out. Stateless, so one instance serves all threads.
 */
public final class DateFinder {

    /** Bump when the rules change, so the incremental indexer finds the dates again. */
    public static final String VERSION = "d1";

    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 2100;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("augustus", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final String MONTH = "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
            + "|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?";

    /** "13 november 2015", "1 jan. 2020", "november 2015"; the day is optional. */
    private static final Pattern DAY_OR_MONTH = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:(\\d{1,2})\\s+)?" + MONTH + "\\s+(\\d{1,4})(?![\\p{L}\\p{N}])");

    /** Words after which a four-digit number is a year whatever follows. */
    private static final String STRONG = "sinds|vanaf|medio|halverwege|(?:begin|eind|einde|midden)(?:\\s+van)?"
            + "|(?:de\\s+)?(?:zomer|winter|lente|herfst|voorjaar|najaar)(?:\\s+van)?|(?:de|het)\\s+jaar(?:\\s+van)?"
            + "|de\\s+jaren|tot\\s+en\\s+met|anno";

    /** Words after which it is a year only when no noun follows ("in 2005 werd", not "van 1800 woningen"). */
    private static final String WEAK = "in|van|tot|na|voor|tussen|rond|omstreeks|circa";

    private static final Pattern YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(" + STRONG + "|" + WEAK + ")\\s+(\\d{4})(?![\\p{L}\\p{N}]|[.,]\\d)(\\s+\\p{L}+)?");

    /** After a weak cue, what may follow a year: punctuation or one of these. */
    private static final Set<String> AFTER_YEAR = Set.of("en", "of", "tot", "was", "werd", "is", "zijn", "waren",
            "werden", "had", "hadden", "heeft", "hebben", "kwam", "kwamen", "ging", "gingen", "begon", "begonnen",
            "zag", "stond", "lag", "bleef", "won", "nam", "kreeg", "in", "op", "bij", "naar", "met", "de", "het", "een",
            "toen", "nog", "al", "ook", "er", "hij", "zij", "ze", "we", "wij", "die", "dat", "zou", "zouden", "moest",
            "kon", "wordt", "worden", "heb", "vond", "volgde", "trad", "richtte", "verscheen", "verhuisde",
            "overleed", "stierf", "trouwde", "maakte", "speelde", "sloot", "opende", "aan", "uit", "voor", "na",
            "door", "om", "over", "tegen", "zonder", "sinds", "tijdens", "waarin", "waarna", "wanneer");

    public List<MentionedDate> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<MentionedDate> found = new LinkedHashSet<>();
        List<int[]> taken = new ArrayList<>();
        record At(int start, MentionedDate date) {}
        List<At> at = new ArrayList<>();
        Matcher m = DAY_OR_MONTH.matcher(text);
        while (m.find()) {
            taken.add(new int[] {m.start(), m.end()});
            int month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            int year = Integer.parseInt(m.group(3));
            if (m.group(3).length() != 4 || year < FIRST_YEAR || year > LAST_YEAR) {
                continue;
            }
            if (m.group(1) == null) {
                at.add(new At(m.start(), MentionedDate.month(year, month)));
                continue;
            }
            try {
                at.add(new At(m.start(), MentionedDate.day(LocalDate.of(year, month, Integer.parseInt(m.group(1))))));
            } catch (DateTimeException notADay) {
                // 31 februari: no such day; the text is wrong, so nothing is taken from it.
            }
        }
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            int start = y.start(2);
            if (taken.stream().anyMatch(r -> start >= r[0] && start < r[1])) {
                continue;
            }
            int year = Integer.parseInt(y.group(2));
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                continue;
            }
            String cue = y.group(1).toLowerCase(Locale.ROOT);
            String next = y.group(3) == null ? null : y.group(3).strip().toLowerCase(Locale.ROOT);
            boolean weak = cue.matches(WEAK);
            if (weak && next != null && !AFTER_YEAR.contains(next)) {
                continue;
            }
            at.add(new At(start, MentionedDate.year(year)));
        }
        at.sort(java.util.Comparator.comparingInt(At::start));
        at.forEach(a -> found.add(a.date()));
        return List.copyOf(found);
    }
}
