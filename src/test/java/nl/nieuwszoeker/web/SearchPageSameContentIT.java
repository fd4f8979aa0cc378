package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import nl.nieuwszoeker.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The page a script redraws in place and the page the server renders for the same URL are the same page: after
 * each scripted step, everything below the header (results, sidebar, timelines, pager, notes, errors), the
 * title and the search box are compared with a fresh load of the URL the step ended on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageSameContentIT {

    /**
     * The part of the page a search replaces, as markup, plus the state markup does not show (ticked boxes,
     * typed dates). Only the time the search took may differ between two loads.
     */
    private static final String SNAPSHOT = """
            const p = document.getElementById('pagina');
            const copy = p.cloneNode(true);
            copy.querySelectorAll('.took').forEach(e => e.remove());
            const ticked = Array.from(p.querySelectorAll('input[type=checkbox]:checked')).map(i => i.name + '=' + i.value);
            const dates = Array.from(p.querySelectorAll('input.datefield')).map(i => i.name + '=' + i.value);
            return [document.title, document.getElementById('q').value, ticked.join('|'), dates.join('|'), copy.outerHTML];
            """;

    private NewsFixture fixture;
    private ChromeDriver browser;
    /** A second browser of the same size for the fresh loads, so the first one keeps its history for Back. */
    private ChromeDriver fresh;

    @BeforeAll
    void start() {
        fixture = NewsFixture.start("same-content-it");
        browser = Browser.start(true, 1280, 1000);
        fresh = Browser.start(true, 1280, 1000);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fresh != null) {
            fresh.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aQueryAndFacetsTickedInPlace() {
        open("/");
        browser.findElement(By.id("q")).sendKeys("klimaat", Keys.ENTER);
        waitForUrl(u -> u.contains("q=klimaat"));
        assertSameAsFreshLoad();
        checkbox("source", "NOS").click();
        waitForUrl(u -> u.contains("source=NOS"));
        assertSameAsFreshLoad();
        browser.findElement(By.cssSelector(".facet[data-facet=place] input[type=checkbox]:not(:checked)")).click();
        waitForUrl(u -> u.contains("place="));
        assertSameAsFreshLoad();
        browser.findElement(By.cssSelector(".chip")).click();
        waitForUrl(u -> !(u.contains("source=NOS") && u.contains("place=")));
        assertSameAsFreshLoad();
    }

    @Test
    void aValueFoundBySearchingInsideAFacet() {
        open("/");
        WebElement search = browser.findElement(By.cssSelector(".facet[data-facet=place] .facet-search"));
        search.sendKeys("utr");
        Browser.waitFor(browser, d -> d.findElements(By.cssSelector(".facet[data-facet=place] .values .v")).size() == 1);
        checkbox("place", "Utrecht").click();
        waitForUrl(u -> u.contains("place=Utrecht"));
        assertSameAsFreshLoad();
    }

    @Test
    void aPeriodClickedAndDraggedOnTheTimelineAndAPreset() {
        open("/");
        List<WebElement> bars = browser.findElements(By.cssSelector("#histogram .bar"));
        assertTrue(bars.size() >= 4, "bars: " + bars.size());
        String from = bars.get(1).getAttribute("data-from");
        String to = bars.get(3).getAttribute("data-to");
        new Actions(browser).clickAndHold(bars.get(1)).moveToElement(bars.get(2)).moveToElement(bars.get(3)).release()
                .perform();
        waitForUrl(u -> u.contains("from=" + from) && u.contains("to=" + to));
        assertSameAsFreshLoad();
        browser.findElement(By.cssSelector("#histogram .bar:last-of-type")).click();
        waitForUrl(u -> !u.contains("from=" + from));
        assertSameAsFreshLoad();
        browser.findElement(By.linkText("Afgelopen maand")).click();
        waitForUrl(u -> browser.findElement(By.linkText("Afgelopen maand")).getAttribute("aria-current") != null);
        assertSameAsFreshLoad();
    }

    @Test
    void aSortAPageTwoAndBack() {
        open("/");
        browser.findElement(By.cssSelector(".sort a[data-sort=oldest]")).click();
        waitForUrl(u -> u.contains("sort=oldest"));
        browser.findElement(By.cssSelector(".pages a[rel=next]")).click();
        waitForUrl(u -> u.contains("page=2"));
        assertSameAsFreshLoad();
        browser.navigate().back();
        waitForUrl(u -> !u.contains("page=2"));
        assertSameAsFreshLoad();
    }

    @Test
    void aCorrectedTypoAndTheTypoItselfWithItsSuggestion() {
        open("/");
        browser.findElement(By.id("q")).sendKeys("Amsterdm", Keys.ENTER);
        waitForUrl(u -> u.contains("q=Amsterdm"));
        assertFalse(browser.findElements(By.id("verbeterd")).isEmpty(), "the typo is corrected");
        assertSameAsFreshLoad();
        browser.findElement(By.cssSelector("#verbeterd a")).click();
        waitForUrl(u -> u.contains("literal=1"));
        assertEquals("0 resultaten", browser.findElement(By.cssSelector("#status strong")).getText());
        assertFalse(browser.findElements(By.cssSelector(".dym a")).isEmpty(), "zero hits suggest a spelling");
        assertSameAsFreshLoad();
    }

    @Test
    void anErrorIsTheSameDutchExplanation() {
        open("/?q=klimaat");
        browser.findElement(By.cssSelector("input.datefield[name=from]")).sendKeys("31-02-2024");
        browser.findElement(By.id("q")).sendKeys(Keys.ENTER);
        waitForUrl(u -> u.contains("from=2024-02-31"));
        assertEquals("Deze zoekopdracht klopt niet", browser.findElement(By.cssSelector("#inhoud h1")).getText());
        assertSameAsFreshLoad();
        browser.navigate().back();
        waitForUrl(u -> !u.contains("from="));
        assertFalse(browser.findElements(By.cssSelector(".hit")).isEmpty(), "back from the error to the results");
        assertSameAsFreshLoad();
    }

    // ---- helpers ----

    /** What the script drew, compared with the server's page for the same URL, loaded fresh. */
    private void assertSameAsFreshLoad() {
        assertSameAsFreshLoad(browser, fresh);
    }

    /** What {@code drawnBy} shows now, compared with {@code other} loading the same URL afresh. */
    static void assertSameAsFreshLoad(ChromeDriver drawnBy, ChromeDriver other) {
        String url = drawnBy.getCurrentUrl();
        List<?> drawn = snapshot(drawnBy);
        other.get(url);
        waitForScript(other);
        List<?> loaded = snapshot(other);
        assertEquals(loaded.get(0), drawn.get(0), "title of " + url);
        assertEquals(loaded.get(1), drawn.get(1), "search box of " + url);
        assertEquals(loaded.get(2), drawn.get(2), "ticked facet values of " + url);
        assertEquals(loaded.get(3), drawn.get(3), "date fields of " + url);
        assertEquals(loaded.get(4), drawn.get(4), "content of " + url);
    }

    private static List<?> snapshot(ChromeDriver driver) {
        return (List<?>) driver.executeScript(SNAPSHOT);
    }

    private void open(String path) {
        browser.get(fixture.base + path);
        waitForScript(browser);
    }

    private static void waitForScript(ChromeDriver driver) {
        Browser.waitFor(driver, d -> d.findElements(By.cssSelector("html.js")).size() == 1);
        Browser.waitIdle(driver);
    }

    private void waitForUrl(Predicate<String> p) {
        Browser.waitForUrl(browser, p);
    }

    private WebElement checkbox(String facet, String value) {
        return browser.findElements(By.cssSelector(".facet input[name=" + facet + "]")).stream()
                .filter(c -> value.equals(c.getAttribute("value"))).findFirst()
                .orElseThrow(() -> new AssertionError("no checkbox " + facet + "=" + value));
    }
}
