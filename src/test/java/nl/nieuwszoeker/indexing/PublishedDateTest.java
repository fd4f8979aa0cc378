package nl.nieuwszoeker.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateTest {

    @ParameterizedTest
    @CsvSource({
            "2026-11-21, 2026-11-21",
            "21 november 2026, 2026-11-21",
            "3 mrt. 2026, 2026-03-03",
            "21-11-2026, 2026-11-21",
            "1-2-2026, 2026-02-01",
            "2026-11-21T10:15:00Z, 2026-11-21T10:15:00Z",
            "2026-11-21T10:15:00+01:00, 2026-11-21T10:15:00+01:00",
            "2026-11-21 10:15, 2026-11-21T10:15:00",
    })
    void acceptedFormsBecomeIso(String written, String iso) {
        assertEquals(Optional.of(iso), PublishedDate.normalise(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gisteren", "03/04/2026", "21-11-26", "1700000000", "31 februari 2026",
            "21 brumaire 2026", "2026-13-01", "30-02-2026"})
    void anythingThatWouldNeedAGuessIsRefused(String written) {
        assertEquals(Optional.empty(), PublishedDate.normalise(written));
    }
}
