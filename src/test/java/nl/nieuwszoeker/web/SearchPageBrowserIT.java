package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in headless Chromium against the real app and node, over a fixture corpus with known
 * metadata: expected counts are computed from the fixture records. Screenshots land in target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserIT {

    private NewsFixture fixture;
    private ChromeDriver browser;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        fixture = NewsFixture.start("web-browser-it");
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
    void typingAQueryShowsTheSameResultsAsTheApi() throws Exception {
        open("/");
        Browser.screenshot(browser, "01-start");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("klimaat", Keys.ENTER);
        waitForUrl(u -> u.contains("q=klimaat"));
        JsonNode api = api("/api/search?q=klimaat");
        assertTrue(api.at("/total/value").asLong() > 0);
        assertEquals(api.at("/total/value").asLong(), shownTotal());
        List<String> titles = new ArrayList<>();
        api.get("hits").forEach(h -> titles.add(h.get("title").asText()));
        assertEquals(titles, texts(".hit h3 a"));
        for (WebElement mark : browser.findElements(By.cssSelector(".hit .snippet"))) {
            assertFalse(mark.findElements(By.tagName("mark")).isEmpty(), "every snippet highlights a match");
        }
        assertEquals("\u201cklimaat\u201d \u2013 Nieuwszoeker", browser.getTitle());
        Browser.screenshot(browser, "02-query");
    }

    @Test
    void autocompleteWorksWithTheKeyboard() {
        open("/");
        WebElement q = browser.findElement(By.id("q"));
        q.click();
        q.sendKeys("Amst");
        waitFor(d -> "true".equals(q.getAttribute("aria-expanded")));
        List<WebElement> options = browser.findElements(By.cssSelector("#suggesties [role=option]"));
        assertFalse(options.isEmpty());
        Browser.screenshot(browser, "09-autocomplete");
        q.sendKeys(Keys.ARROW_DOWN);
        assertEquals(options.get(0).getAttribute("id"), q.getAttribute("aria-activedescendant"));
        assertEquals("true", options.get(0).getAttribute("aria-selected"));
        String chosen = options.get(0).getText();
        q.sendKeys(Keys.ESCAPE);
        waitFor(d -> "false".equals(q.getAttribute("aria-expanded")));
        q.sendKeys("e");
        waitFor(d -> "true".equals(q.getAttribute("aria-expanded")));
        q.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitForUrl(u -> u.contains("q="));
        assertTrue(browser.findElement(By.id("status")).getText().contains("\u201c" + q.getAttribute("value") + "\u201d"));
        assertTrue(chosen.toLowerCase().startsWith("amst"), chosen);
    }

    @Test
    void ticksCombineOrWithinAFacetAndAndAcrossFacetsWithMultiSelectCounts() {
        open("/");
        checkbox("source", "NOS").click();
        waitForUrl(u -> u.contains("source=NOS"));
        checkbox("source", "NRC").sendKeys(Keys.SPACE);
        waitForUrl(u -> u.contains("source=NRC"));
        checkbox("place", "Amsterdam").click();
        waitForUrl(u -> u.contains("place=Amsterdam"));

        Set<String> sources = Set.of("NOS", "NRC");
        Predicate<Article> bySource = a -> sources.contains(a.source());
        Predicate<Article> byPlace = a -> a.places().contains("Amsterdam");
        assertEquals(fixture.count(bySource.and(byPlace)), shownTotal());
        assertEquals(fixture.count(bySource.and(byPlace)), browser.findElements(By.cssSelector(".hit")).size());
        facetCounts("source").forEach((value, count) ->
                assertEquals(fixture.count(byPlace.and(a -> a.source().equals(value))), count, "source " + value));
        facetCounts("place").forEach((value, count) ->
                assertEquals(fixture.count(bySource.and(a -> a.places().contains(value))), count, "place " + value));
        assertTrue(checkbox("source", "NOS").isSelected() && checkbox("source", "NRC").isSelected()
                && checkbox("place", "Amsterdam").isSelected());
        assertEquals(List.of("Plaats: Amsterdam\u00d7", "Bron: NOS\u00d7", "Bron: NRC\u00d7"), texts(".chip"));
        Browser.screenshot(browser, "03-facets");

        browser.findElement(By.cssSelector(".chip[aria-label='Verwijder filter Bron: NRC']")).click();
        waitForUrl(u -> !u.contains("source=NRC"));
        assertEquals(fixture.count(byPlace.and(a -> a.source().equals("NOS"))), shownTotal());
        assertEquals(List.of("Plaats: Amsterdam\u00d7", "Bron: NOS\u00d7"), texts(".chip"));
        assertFalse(checkbox("source", "NRC").isSelected());

        browser.navigate().back();
        waitForUrl(u -> u.contains("source=NRC"));
        waitIdle();
        assertEquals(fixture.count(bySource.and(byPlace)), shownTotal());
        assertEquals(3, browser.findElements(By.cssSelector(".chip")).size());
        browser.navigate().back();
        waitForUrl(u -> !u.contains("place=Amsterdam"));
        waitIdle();
        assertEquals(fixture.count(bySource), shownTotal());

        browser.findElement(By.cssSelector(".clear")).click();
        waitForUrl(u -> !u.contains("source="));
        assertEquals(fixture.articles.size(), shownTotal());
        assertTrue(browser.findElements(By.cssSelector(".chip")).isEmpty());
    }

    @Test
    void longFacetShowsMoreOnRequestAndSearchesItsValuesOnTheServer() {
        open("/");
        WebElement place = browser.findElement(By.cssSelector(".facet[data-facet=place]"));
        WebElement more = place.findElement(By.cssSelector(".more"));
        assertEquals("false", more.getAttribute("aria-expanded"));
        long visible = place.findElements(By.cssSelector(".values li")).stream().filter(WebElement::isDisplayed).count();
        assertEquals(5, visible);
        more.click();
        assertEquals("true", more.getAttribute("aria-expanded"));
        assertTrue(place.findElements(By.cssSelector(".values li")).stream().allMatch(WebElement::isDisplayed));

        WebElement search = place.findElement(By.cssSelector(".facet-search"));
        search.sendKeys("utr");
        waitFor(d -> texts(".facet[data-facet=place] .values .v").equals(List.of("Utrecht")));
        assertEquals(Map.of("Utrecht", fixture.count(a -> a.places().contains("Utrecht"))), facetCounts("place"));
        checkbox("place", "Utrecht").click();
        waitForUrl(u -> u.contains("place=Utrecht"));
        assertEquals(fixture.count(a -> a.places().contains("Utrecht")), shownTotal());
        assertTrue(checkbox("place", "Utrecht").isDisplayed(), "a selected value stays visible");
    }

    @Test
    void clickingAndDraggingTheHistogramFiltersToThatPeriod() {
        open("/");
        List<WebElement> bars = browser.findElements(By.cssSelector(".histogram .bar"));
        assertTrue(bars.size() >= 4, "bars: " + bars.size());
        WebElement last = bars.get(bars.size() - 1);
        String from = last.getAttribute("data-from");
        String to = last.getAttribute("data-to");
        last.click();
        waitForUrl(u -> u.contains("from=" + from) && u.contains("to=" + to));
        assertEquals(published(from, to), shownTotal());
        assertTrue(browser.findElement(By.cssSelector(".chip")).getText().startsWith("Periode:"));

        open("/");
        bars = browser.findElements(By.cssSelector(".histogram .bar"));
        WebElement first = bars.get(1);
        WebElement third = bars.get(3);
        String dragFrom = first.getAttribute("data-from");
        String dragTo = third.getAttribute("data-to");
        new Actions(browser).clickAndHold(first).moveToElement(bars.get(2)).moveToElement(third).release().perform();
        waitForUrl(u -> u.contains("from=" + dragFrom) && u.contains("to=" + dragTo));
        assertEquals(published(dragFrom, dragTo), shownTotal());
        Browser.screenshot(browser, "04-histogram-drag");

        open("/");
        browser.findElement(By.linkText("Afgelopen maand")).click();
        LocalDate today = LocalDate.now();
        String monthAgo = today.minusMonths(1).plusDays(1).toString();
        waitForUrl(u -> u.contains("from=" + monthAgo) && u.contains("to=" + today));
        assertEquals(published(monthAgo, today.toString()), shownTotal());
        assertEquals("true", browser.findElement(By.linkText("Afgelopen maand")).getAttribute("aria-current"));
    }

    @Test
    void sortingAndPagingKeepTheSearch() {
        open("/");
        browser.findElement(By.cssSelector(".sort a[data-sort=oldest]")).click();
        waitForUrl(u -> u.contains("sort=oldest"));
        List<String> dates = attributes(".hit time", "datetime");
        assertEquals(dates.stream().sorted().toList(), dates);
        browser.findElement(By.cssSelector(".pages a[rel=next]")).click();
        waitForUrl(u -> u.contains("page=2") && u.contains("sort=oldest"));
        assertEquals(Math.min(10, fixture.articles.size() - 10), browser.findElements(By.cssSelector(".hit")).size());
        browser.navigate().back();
        waitForUrl(u -> !u.contains("page=2"));
        waitIdle();
        assertEquals(10, browser.findElements(By.cssSelector(".hit")).size());
    }

    @Test
    void articlePageShowsTheFullTextAndItsFacetsFilter() {
        open("/?q=Groningen");
        browser.findElement(By.cssSelector(".hit h3 a")).click();
        waitForUrl(u -> u.contains("/artikel/"));
        String id = URLDecoder.decode(browser.getCurrentUrl().replaceAll(".*/artikel/", ""), StandardCharsets.UTF_8);
        Article article = fixture.article(id);
        assertEquals(article.title(), browser.findElement(By.tagName("h1")).getText());
        assertEquals(article.body(), browser.findElement(By.cssSelector(".article .body")).getText());
        Browser.screenshot(browser, "05-article");
        String person = article.persons().get(0);
        browser.findElement(By.linkText(person)).click();
        waitForUrl(u -> u.contains("person="));
        waitIdle();
        assertEquals(fixture.count(a -> a.persons().contains(person)), shownTotal());
        assertEquals(List.of("Persoon: " + person + "\u00d7"), texts(".chip"));
        browser.navigate().back();
        waitForUrl(u -> u.contains("/artikel/"));
        browser.navigate().back();
        waitForUrl(u -> u.contains("q=Groningen"));
    }

    @Test
    void entityTagOnAResultAddsItsFilter() {
        open("/?q=Rijksmuseum");
        WebElement tag = browser.findElement(By.cssSelector(".hit .tag[data-param=place]"));
        String value = tag.getAttribute("data-value");
        tag.click();
        waitForUrl(u -> u.contains("place="));
        assertTrue(checkbox("place", value).isSelected());
        assertTrue(browser.getCurrentUrl().contains("q=Rijksmuseum"));
    }

    @Test
    void zeroResultsSuggestWhichFilterToDrop() {
        open("/?source=Trouw&place=Amsterdam");
        assertEquals(0, shownTotal());
        List<WebElement> relax = browser.findElements(By.cssSelector(".relax a"));
        assertFalse(relax.isEmpty(), "relaxations offered");
        String text = relax.get(0).getText();
        String count = browser.findElement(By.cssSelector(".relax .n")).getText();
        relax.get(0).click();
        waitForUrl(u -> !(u.contains("source=Trouw") && u.contains("place=Amsterdam")));
        waitIdle();
        assertTrue(count.startsWith(Long.toString(shownTotal())), text + " promised " + count);
    }

    @Test
    void markupInArticlesQueriesAndFacetValuesNeverRuns() {
        open("/artikel/" + NewsFixture.XSS_ID);
        assertNoScriptRan();
        assertTrue(browser.findElement(By.cssSelector(".article .body")).getText()
                .contains("<script>window.__pwned=1;alert(1)</script>"));
        assertTrue(browser.findElements(By.tagName("img")).isEmpty());

        String evil = "<img src=x onerror=window.__pwned=9>";
        open("/?q=" + URLEncoder.encode(evil, StandardCharsets.UTF_8));
        assertNoScriptRan();
        assertTrue(browser.findElement(By.id("status")).getText().contains(evil));

        open("/?q=");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys(evil, Keys.ENTER);
        waitForUrl(u -> u.contains("onerror"));
        assertNoScriptRan();
        assertTrue(browser.findElement(By.id("status")).getText().contains(evil));

        open("/?q=code");
        WebElement tagValue = browser.findElements(By.cssSelector(".facet[data-facet=tag] .v")).stream()
                .filter(v -> v.getText().equals(NewsFixture.XSS_TAG)).findFirst().orElseThrow();
        tagValue.click();
        waitForUrl(u -> u.contains("tag="));
        assertNoScriptRan();
        assertTrue(texts(".chip").contains("Trefwoord: " + NewsFixture.XSS_TAG + "\u00d7"));
        assertTrue(browser.findElement(By.cssSelector(".hit .snippet")).getText().contains("<script>"));
        Browser.screenshot(browser, "08-markup-as-text");
    }

    @Test
    void phoneSizedViewportStacksTheLayoutAndFoldsTheFilters() {
        ChromeDriver phone = Browser.start(true, 390, 844);
        try {
            phone.get(fixture.base + "/?q=klimaat");
            new WebDriverWait(phone, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector("html.js")) != null);
            WebElement panel = phone.findElement(By.id("filterpaneel"));
            assertNull(panel.getAttribute("open"), "filters start folded on a phone");
            Long overflow = (Long) phone.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, overflow, "no horizontal scrolling");
            WebElement main = phone.findElement(By.id("inhoud"));
            assertTrue(main.getRect().getY() > panel.getRect().getY(), "filters above the results");
            Browser.screenshot(phone, "06-phone");
            phone.findElement(By.cssSelector("#filterpaneel > summary")).click();
            assertTrue(phone.findElement(By.cssSelector(".facet")).isDisplayed());
            Browser.screenshot(phone, "06-phone-filters");
        } finally {
            phone.quit();
        }
    }

    @Test
    void withoutJavaScriptThePageIsAPlainGetForm() throws Exception {
        ChromeDriver plain = Browser.start(false, 1280, 1000);
        try {
            plain.get(fixture.base + "/");
            assertTrue(plain.findElements(By.cssSelector("html.js")).isEmpty(), "JavaScript is really off");
            plain.findElement(By.id("q")).sendKeys("klimaat");
            plain.findElement(By.cssSelector("#zoek button[type=submit]")).click();
            new WebDriverWait(plain, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q=klimaat"));
            long total = api("/api/search?q=klimaat").at("/total/value").asLong();
            assertEquals(total, plain.findElements(By.cssSelector(".hit")).size());

            plain.findElement(By.cssSelector(".facet input[name=source][value=NOS]")).click();
            plain.findElement(By.cssSelector(".apply")).click();
            new WebDriverWait(plain, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("source=NOS"));
            long nos = api("/api/search?q=klimaat&source=NOS").at("/total/value").asLong();
            assertEquals(nos, plain.findElements(By.cssSelector(".hit")).size());
            assertEquals(1, plain.findElements(By.cssSelector(".chip")).size());
            Browser.screenshot(plain, "07-no-javascript");

            plain.findElement(By.cssSelector(".chip")).click();
            new WebDriverWait(plain, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("source=NOS"));
            assertEquals(total, plain.findElements(By.cssSelector(".hit")).size());

            plain.get(fixture.base + "/");
            plain.findElement(By.cssSelector(".pages a[rel=next]")).click();
            new WebDriverWait(plain, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("page=2"));
            assertEquals(Math.min(10, fixture.articles.size() - 10), plain.findElements(By.cssSelector(".hit")).size());
        } finally {
            plain.quit();
        }
    }

    // ---- helpers ----

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

    private void waitIdle() {
        Browser.waitIdle(browser);
    }

    private void assertNoScriptRan() {
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertNull(browser.executeScript("return window.__pwned === undefined ? null : String(window.__pwned)"));
        assertEquals(1L, browser.executeScript("return document.scripts.length"));
    }

    private long shownTotal() {
        String status = browser.findElement(By.cssSelector("#status strong")).getText();
        return Long.parseLong(status.replaceAll("[^0-9]", ""));
    }

    private WebElement checkbox(String facet, String value) {
        return browser.findElements(By.cssSelector(".facet input[name=" + facet + "]")).stream()
                .filter(c -> value.equals(c.getAttribute("value"))).findFirst()
                .orElseThrow(() -> new AssertionError("no checkbox " + facet + "=" + value));
    }

    private Map<String, Long> facetCounts(String facet) {
        var out = new LinkedHashMap<String, Long>();
        for (WebElement li : browser.findElements(By.cssSelector(".facet[data-facet=" + facet + "] .values li"))) {
            String value = li.findElement(By.cssSelector(".v")).getAttribute("textContent");
            String n = li.findElement(By.cssSelector(".n")).getAttribute("textContent");
            out.put(value, Long.parseLong(n.replaceAll("[^0-9]", "")));
        }
        return out;
    }

    /** Text content with white space collapsed, independent of how CSS lays the pieces out. */
    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute("textContent").replaceAll("\\s+", " ").strip()).toList();
    }

    private List<String> attributes(String css, String name) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(name)).toList();
    }

    private long published(String from, String to) {
        LocalDate f = LocalDate.parse(from);
        LocalDate t = LocalDate.parse(to);
        return fixture.count(a -> {
            LocalDate d = LocalDate.parse(a.published().substring(0, 10));
            return !d.isBefore(f) && !d.isAfter(t);
        });
    }

    private JsonNode api(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(fixture.base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }
}
