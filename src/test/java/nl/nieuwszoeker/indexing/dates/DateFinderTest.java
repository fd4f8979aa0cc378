package nl.nieuwszoeker.indexing.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.nieuwszoeker.model.MentionedDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private final DateFinder finder = new DateFinder();

    private List<String> dates(String text) {
        return finder.find(text).stream().map(d -> d.date() + "/" + d.precision().json()).toList();
    }

    @Test
    void fullDatesMonthsAndYearsInContextWithTheirPrecision() {
        assertEquals(List.of("2015-11-13/day", "2016-03-22/day", "2019-10/month", "2005/year"),
                dates("Op 13 november 2015 en 22 maart 2016 sloegen ze toe. In oktober 2019 stierf hij; in 2005 was hij vertrokken."));
    }

    @Test
    void seasonsAndPeriodWordsGiveTheYear() {
        assertEquals(List.of("2014/year", "2010/year", "2019/year", "2020/year"),
                dates("In de zomer van 2014 vertrok hij. Sinds 2010 woont ze er. Begin 2019 kwam het bericht, eind 2020 het besluit."));
    }

    @Test
    void abbreviatedAndCapitalisedMonths() {
        assertEquals(List.of("2020-01-01/day", "2021-09/month"), dates("Vanaf 1 jan. 2020 en in Sept. 2021."));
    }

    @Test
    void aBareNumberIsNeverAYear() {
        assertEquals(List.of(), dates("Er komen 2005 woningen bij. De bouw van 1800 woningen kost 2014 euro per m2."));
        assertEquals(List.of(), dates("Het nummer 2019 staat op de deur, code 1999."));
    }

    @Test
    void daysThatDoNotExistAndYearsOutOfRangeGiveNothing() {
        assertEquals(List.of(), dates("Op 31 februari 2015 en 30 februari 2016 gebeurde niets."));
        assertEquals(List.of(), dates("In 0 en in 9999 en in het jaar 0000, en 12 maart 9999."));
    }

    @Test
    void textWithoutDatesOrWithOnlyRelativeDatesGivesNothing() {
        assertEquals(List.of(), dates("Afgelopen nacht brandde het. Vorige week was het rustig, gisteren ook."));
        assertEquals(List.of(), dates(""));
        assertEquals(List.of(), finder.find(null));
    }

    @Test
    void aDayWithoutYearIsNotResolved() {
        assertEquals(List.of(), dates("Op 13 november sloegen ze toe."));
    }

    @Test
    void eachDateOnceInOrderOfFirstMention() {
        assertEquals(List.of("2019/year", "2015-11-13/day"),
                dates("Sinds 2019 kijkt men terug op 13 november 2015. Ook in 2019 en op 13 november 2015."));
    }

    @Test
    void theSeedArticlesMentionYearsFrom2005To2019() throws java.io.IOException {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                List<MentionedDate> found = finder.find(java.nio.file.Files.readString(file));
                System.out.println("dates " + file.getFileName() + " " + found);
                found.forEach(d -> years.add(Integer.parseInt(d.date().substring(0, 4))));
            }
        }
        assertEquals(2005, years.first());
        // 2022, the year of the al-Qurayshi raid, is written nowhere: that article says "afgelopen nacht".
        assertEquals(2019, years.last());
    }
}
