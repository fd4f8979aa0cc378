package nl.nieuwszoeker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The page as plain HTTP sees it: headers, escaping, caching and the size budget. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageHttpIT {

    /** HTML + CSS + JS of a results page, uncompressed. */
    static final int BUDGET_BYTES = 60 * 1024;
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");

    private NewsFixture fixture;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        fixture = NewsFixture.start("web-http-it");
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(fixture.base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyWithoutInlineScriptOrStyle() throws Exception {
        for (String path : new String[] {"/", "/?q=klimaat", "/artikel/k1", "/artikel/bestaat-niet"}) {
            var response = get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'")
                    && !csp.contains("unsafe-inline"), path + ": " + csp);
            String html = response.body();
            assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(html).find(), path + " has an inline script");
            assertFalse(Pattern.compile("\\sstyle=").matcher(html).find(), path + " has a style attribute");
            Matcher tag = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
            while (tag.find()) {
                String names = tag.group().replaceAll("\"[^\"]*\"", "\"\"");
                assertFalse(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(names).find(),
                        path + " has an event handler attribute: " + tag.group());
            }
        }
    }

    @Test
    void articleWithMarkupInItsTextIsShownAsText() throws Exception {
        String html = get("/artikel/" + NewsFixture.XSS_ID).body();
        assertTrue(html.contains("&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;img src=x onerror="), html);
        assertFalse(html.contains("<img"), html);
        assertEquals(1, count(html, "<script"), "only the page's own script tag");
    }

    @Test
    void queryWithMarkupIsEchoedEscaped() throws Exception {
        String q = "<img src=x onerror=alert(1)>\"'";
        String html = get("/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body();
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("value=\"&lt;img src=x onerror=alert(1)&gt;&quot;&#39;\""), html);
    }

    @Test
    void assetsAreCachedByContentHash() throws Exception {
        String html = get("/").body();
        Matcher m = ASSET.matcher(html);
        int found = 0;
        while (m.find()) {
            found++;
            var response = get(m.group(1));
            assertEquals(200, response.statusCode(), m.group(1));
            assertEquals("public, max-age=31536000, immutable",
                    response.headers().firstValue("Cache-Control").orElse(""), m.group(1));
            assertTrue(response.headers().firstValue("ETag").isPresent());
        }
        assertEquals(2, found, "one stylesheet and one script");
        assertEquals("no-cache", get("/assets/app.js").headers().firstValue("Cache-Control").orElse(""));
        assertEquals(404, get("/assets/elders.js").statusCode());
    }

    @Test
    void htmlCssAndJsOfAResultsPageStayUnderTheBudget() throws Exception {
        String html = get("/?q=klimaat").body();
        long total = html.getBytes(StandardCharsets.UTF_8).length;
        Matcher m = ASSET.matcher(html);
        var parts = new StringBuilder("html=" + total);
        while (m.find()) {
            int size = http.send(HttpRequest.newBuilder(URI.create(fixture.base + m.group(1))).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body().length;
            parts.append(' ').append(m.group(1).replaceAll("\\?.*", "")).append('=').append(size);
            total += size;
        }
        System.out.println("[size budget] " + parts + " total=" + total + " of " + BUDGET_BYTES + " bytes");
        assertTrue(total < BUDGET_BYTES, parts + " total=" + total);
    }

    @Test
    void unknownArticleIsAnHtml404() throws Exception {
        var response = get("/artikel/bestaat-niet");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Artikel niet gevonden"));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
