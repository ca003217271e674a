package org.broadsheet.quality;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.browser.BrowserTest;
import org.broadsheet.browser.SignInScreen;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.syndication.IngestService;
import org.broadsheet.syndication.Source;
import org.broadsheet.syndication.SourceService;
import org.broadsheet.syndication.SourceSettings;
import org.broadsheet.syndication.parse.ParsedFeed;
import org.broadsheet.syndication.parse.WireItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The sources and review queue screens (and a withdrawn story's notice) are valid HTML and break no axe-core rule. */
class SyndicationScreensQualityIT extends BrowserTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static Source source;
    private static String withdrawnSlug;

    @Autowired
    SourceService sources;
    @Autowired
    IngestService ingest;
    @Autowired
    TaxonomyService taxonomy;
    @Autowired
    ArticleService articles;

    /** One source in review mode with two items waiting, one with a failing health, one withdrawn story. */
    private synchronized void wireContent() {
        if (source != null) {
            return;
        }
        String category = taxonomy.categories().getFirst().slug();
        source = sources.create(new SourceSettings("Quality Wire", "http://127.0.0.1:9/quality.xml", category,
                "Football = " + category, "review", SourceSettings.defaults().attribution(), true, "harbour", "", "15",
                "canonical", "also", false), null);
        Instant at = Instant.now().minusSeconds(300);
        WireItem first = new WireItem("q-1", "https://quality.example/1", "Harbour cranes arrive", "<p>Two cranes <em>arrived</em>.</p>",
                "Two cranes arrived.", null, List.of(), at, at, null, null, false, null, "qh1", 0x0F0F0F0F0F0F0F0FL);
        WireItem second = new WireItem("q-2", "https://quality.example/2", "Harbour fees rise", "<p>Fees rise in May.</p>",
                "Fees rise in May.", "Ada Reporter", List.of(), at, at, null, null, false, null, "qh2", 0x7777777777777777L);
        ingest.ingest(source, new ParsedFeed("rss", "Quality", null, List.of(first, second), List.of()));
        Source auto = sources.create(new SourceSettings("Withdrawing Wire", "http://127.0.0.1:9/withdrawing.xml", category,
                "", "auto", SourceSettings.defaults().attribution(), false, "", "", "15", "canonical", "skip", false), null);
        WireItem killed = new WireItem("q-3", "https://quality.example/3", "Story to be withdrawn", "<p>Soon gone.</p>",
                "Soon gone.", null, List.of(), at, at, null, null, false, null, "qh3", 0x1234123412341234L);
        ingest.ingest(auto, new ParsedFeed("rss", "W", null, List.of(killed), List.of()));
        withdrawnSlug = articles.searchTitles("Story to be withdrawn", org.broadsheet.platform.web.Cursor.START, 1)
                .items().getFirst().slug();
        ingest.ingest(auto, new ParsedFeed("rss", "W", null, List.of(new WireItem("q-3", killed.link(), killed.title(),
                killed.bodyHtml(), killed.excerpt(), null, List.of(), at, at, null, null, true, null, "qh3", killed.simHash())),
                List.of()));
    }

    private List<String> paths() {
        return List.of("/newsroom/sources", "/newsroom/sources/new", "/newsroom/sources/" + source.id(), "/newsroom/review");
    }

    @Test
    void theSyndicationScreensAreValidHtml() throws Exception {
        wireContent();
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = get(client, "/login").body();
        Matcher token = CSRF.matcher(login);
        assertThat(token.find()).isTrue();
        post(client, "/login", "email=" + enc(SignInScreen.DEMO_EMAIL) + "&password=" + enc(SignInScreen.DEMO_PASSWORD)
                + "&_csrf=" + enc(token.group(1)));

        for (String path : paths()) {
            HttpResponse<String> page = get(client, path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertValid(path, page.body());
        }
        Matcher formToken = CSRF.matcher(get(client, "/newsroom/sources/new").body());
        assertThat(formToken.find()).isTrue();
        HttpResponse<String> withErrors = post(client, "/newsroom/sources",
                "name=&url=ftp%3A%2F%2Fx&categorySlug=&mode=auto&attribution=&pollMinutes=0&seoPolicy=index&duplicatePolicy=skip&_csrf="
                        + enc(formToken.group(1)));
        assertThat(withErrors.statusCode()).isEqualTo(400);
        assertValid("/newsroom/sources/new with errors", withErrors.body());

        HttpResponse<String> notice = get(client, "/story/" + withdrawnSlug);
        assertThat(notice.statusCode()).isEqualTo(410);
        assertValid("the withdrawn story's notice", notice.body());
    }

    @Test
    void theSyndicationScreensBreakNoAccessibilityRule() {
        wireContent();
        var screen = openSignIn("/login");
        browser().driver().findElement(By.id("login-email")).sendKeys(SignInScreen.DEMO_EMAIL);
        browser().driver().findElement(By.id("login-password")).sendKeys(SignInScreen.DEMO_PASSWORD);
        browser().driver().findElement(By.cssSelector("main form[action='/login'] button[type='submit']")).click();
        screen.waitUntil(d -> d.getCurrentUrl().endsWith("/newsroom"));

        for (String path : paths()) {
            open(path);
            assertNoViolations(path);
        }
        open("/story/" + withdrawnSlug);
        assertNoViolations("the withdrawn story's notice");
    }

    private void assertNoViolations(String where) {
        QualityAssertions.assertNoViolations(browser().driver(), where);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertValid(String path, String html) {
        QualityAssertions.assertValid(path, html);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void closeChecker() throws IOException {
        QualityAssertions.closeChecker();
    }
}
