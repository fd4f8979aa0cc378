package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.search.SearchService;
import nl.nieuwszoeker.support.Browser;
import nl.nieuwszoeker.support.SeedIndex;
import nl.nieuwszoeker.support.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** The "Genoemde data" timeline in headless Chromium on the seeds: click a year, drag over several. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentionedTimelineBrowserIT {

    private Javalin app;
    private String base;
    private ChromeDriver browser;

    @BeforeAll
    void start() {
        var client = TestElasticsearch.client();
        String alias = SeedIndex.alias();
        AppConfig d = TestElasticsearch.config();
        AppConfig config = new AppConfig(0, d.seeds(), alias, d.paths(), d.elasticsearch(), d.shards());
        app = App.create(config, new Deps(client, new SearchService(client, alias), "test node")).start(0);
        base = "http://localhost:" + app.port();
        browser = Browser.start(true, 1280, 1000);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void clickingAYearAndDraggingOverYearsFilterByMentionedDates() {
        browser.get(base + "/");
        waitFor(d -> d.findElements(By.cssSelector("html.js")).size() == 1);
        List<WebElement> bars = browser.findElements(By.cssSelector("#genoemd .bar"));
        assertEquals(15, bars.size(), "2005 to 2019");
        assertTrue(browser.findElement(By.id("genoemd-kop")).getText().startsWith("Genoemde data"));
        Browser.screenshot(browser, "20-genoemde-data");

        bars.get(10).click();
        waitForUrl(u -> u.contains("mentioned_from=2015-01-01") && u.contains("mentioned_to=2015-12-31"));
        assertEquals(1, shownTotal());
        assertEquals(1, browser.findElements(By.cssSelector("#genoemd .bar.in")).size());
        assertEquals(15, browser.findElements(By.cssSelector("#genoemd .bar")).size(), "the timeline keeps its years");

        bars = browser.findElements(By.cssSelector("#genoemd .bar"));
        new Actions(browser).clickAndHold(bars.get(9)).moveToElement(bars.get(10)).moveToElement(bars.get(14))
                .release().perform();
        waitForUrl(u -> u.contains("mentioned_from=2014-01-01") && u.contains("mentioned_to=2019-12-31"));
        assertEquals(2, shownTotal());
        Browser.screenshot(browser, "21-genoemde-data-drag");
        SearchPageSameContentIT.assertSameAsFreshLoad(browser, browser);
    }

    private long shownTotal() {
        return Long.parseLong(browser.findElement(By.cssSelector("#status strong")).getText().replaceAll("[^0-9]", ""));
    }

    private void waitForUrl(Predicate<String> p) {
        Browser.waitForUrl(browser, p);
    }

    private void waitFor(Function<WebDriver, Boolean> condition) {
        Browser.waitFor(browser, condition);
    }
}
