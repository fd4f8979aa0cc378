package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * The follow-up features in headless Chromium: a corrected misspelling and the way back to the typed text,
 * the syntax help and a field search, the feed and the download links of the current search, related
 * articles on the article page, and entity chips that say their type.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpBrowserIT {

    private NewsFixture fixture;
    private ChromeDriver browser;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        fixture = NewsFixture.start("follow-up-browser-it");
        browser = Browser.start(true, 1280, 1000);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aMisspellingShowsTheCorrectedResultsWithAWayBack() throws Exception {
        open("/");
        browser.findElement(By.id("q")).sendKeys("Amsterdm", Keys.ENTER);
        waitForUrl(u -> u.contains("q=Amsterdm"));
        WebElement note = browser.findElement(By.id("verbeterd"));
        assertTrue(note.getText().startsWith("Resultaten voor amsterdam"), note.getText());
        long corrected = api("/api/search?q=amsterdam").at("/total/value").asLong();
        assertTrue(corrected > 0);
        assertEquals(corrected, shownTotal());
        Browser.screenshot(browser, "10-corrected");
        note.findElement(By.linkText("Amsterdm")).click();
        waitForUrl(u -> u.contains("literal=1"));
        assertEquals(0, shownTotal());
        assertTrue(browser.findElements(By.id("verbeterd")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector(".dym")).getText().contains("amsterdam"));

        // Without JavaScript the server renders the same note.
        open("/?q=Amsterdm");
        assertTrue(browser.findElement(By.id("verbeterd")).getText().contains("Zoek in plaats daarvan naar Amsterdm"));
    }

    @Test
    void theSyntaxHelpOpensAndAFieldSearchWorks() throws Exception {
        open("/");
        WebElement help = browser.findElement(By.id("zoektips"));
        assertFalse(help.findElement(By.tagName("dl")).isDisplayed());
        help.findElement(By.tagName("summary")).click();
        assertTrue(help.findElement(By.tagName("dl")).isDisplayed());
        assertTrue(help.getText().contains("titel:"), help.getText());
        assertTrue(help.getText().contains("terror*"), help.getText());
        Browser.screenshot(browser, "11-zoektips");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("plaats:Utrecht", Keys.ENTER);
        waitForUrl(u -> u.contains("q=plaats:Utrecht"));
        long expected = fixture.count(a -> a.places().contains("Utrecht"));
        assertTrue(expected > 0);
        assertEquals(expected, shownTotal());
    }

    @Test
    void theFeedAndTheDownloadsFollowTheCurrentSearch() throws Exception {
        open("/");
        browser.findElement(By.id("q")).sendKeys("klimaat", Keys.ENTER);
        waitForUrl(u -> u.contains("q=klimaat"));
        String alternate = browser.findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
                .getAttribute("href");
        String icon = browser.findElement(By.cssSelector(".follow a.feed")).getAttribute("href");
        assertEquals(alternate, icon);
        assertTrue(alternate.contains("q=klimaat"), alternate);
        long total = api("/api/search?q=klimaat").at("/total/value").asLong();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(fetch(alternate)));
        assertEquals(total, feed.getEntries().size());

        String csvHref = browser.findElements(By.cssSelector(".follow a.download")).stream()
                .map(e -> e.getAttribute("href")).filter(h -> h.contains("format=csv")).findFirst().orElseThrow();
        List<String> lines = fetch(csvHref).lines().toList();
        assertEquals("id,title,published,source,url,entities", lines.get(0));
        assertEquals(total, lines.size() - 1);
        Browser.screenshot(browser, "12-feed-and-export");
    }

    @Test
    void theArticlePageListsRelatedArticlesButNotItself() {
        open("/artikel/k1");
        List<WebElement> related = browser.findElements(By.cssSelector(".related li a"));
        assertFalse(related.isEmpty(), "k1 shares Den Haag, klimaat and the kabinet with others");
        assertTrue(related.size() <= 5);
        for (WebElement a : related) {
            assertFalse(a.getAttribute("href").endsWith("/artikel/k1"));
        }
        Browser.screenshot(browser, "13-related");
    }

    @Test
    void everyChipSaysWhichKindOfNameItIs() {
        open("/?q=Amsterdam");
        List<WebElement> tags = browser.findElements(By.cssSelector(".hit a.tag"));
        assertFalse(tags.isEmpty());
        for (WebElement t : tags) {
            String kind = t.getAttribute("aria-label");
            assertTrue(kind.startsWith("Persoon: ") || kind.startsWith("Plaats: ") || kind.startsWith("Organisatie: "),
                    kind);
            assertTrue(kind.endsWith(t.getAttribute("data-value")), kind);
        }
        assertEquals(3, browser.findElements(By.cssSelector(".follow .legend .tag")).size());
    }

    private void open(String path) {
        browser.get(fixture.base + path);
        waitFor(d -> d.findElements(By.cssSelector("html.js")).size() == 1);
    }

    private void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        Browser.waitFor(browser, condition);
    }

    private void waitForUrl(Predicate<String> p) {
        Browser.waitForUrl(browser, p);
    }

    private long shownTotal() {
        String status = browser.findElement(By.cssSelector("#status strong")).getText();
        return Long.parseLong(status.replaceAll("[^0-9]", ""));
    }

    private String fetch(String url) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private JsonNode api(String path) throws Exception {
        return new ObjectMapper().readTree(fetch(fixture.base + path));
    }
}
