package nl.nieuwszoeker.web.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ErrorPageTest {

    private final ErrorPage page = new ErrorPage(Assets.load());

    @Test
    void everyFailureHasItsOwnDutchHeading() {
        assertTrue(page.render("search_unavailable", null, "").contains("<h1>Zoeken lukt even niet</h1>"));
        assertTrue(page.render("index_missing", null, "").contains("<h1>De zoekindex wordt nog opgebouwd</h1>"));
        assertTrue(page.render("search_timeout", null, "").contains("<h1>Zoeken duurde te lang</h1>"));
        assertTrue(page.render("internal_error", null, "").contains("<h1>Er ging iets mis</h1>"));
    }

    @Test
    void aBadParameterIsNamedAndEscaped() {
        String html = page.render("bad_request", "<img src=x onerror=alert(1)>", "\"><script>");
        assertFalse(html.contains("<img src=x"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
        assertTrue(page.render("bad_request", "to", "").contains("Tot en met"));
    }

    @Test
    void theDateFieldShowsDayMonthYear() {
        String field = Dutch.dateField("from", LocalDate.of(2024, 3, 1));
        assertTrue(field.contains("value=\"01-03-2024\""), field);
        assertTrue(field.contains("placeholder=\"dd-mm-jjjj\""), field);
        assertFalse(field.contains("type=\"date\""), field);
        assertTrue(Dutch.dateField("to", null).contains("value=\"\""));
    }
}
