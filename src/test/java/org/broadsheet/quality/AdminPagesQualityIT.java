package org.broadsheet.quality;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.browser.BrowserTest;
import org.broadsheet.browser.SignInScreen;
import org.broadsheet.content.SiteSettingsService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration screens (settings, categories and tags, pages, users, tokens, audit log,
 * outbox) and the reader sign-up page are valid HTML and break no axe-core rule.
 */
class AdminPagesQualityIT extends BrowserTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final List<String> SCREENS = List.of("/newsroom/settings", "/newsroom/categories", "/newsroom/pages",
            "/newsroom/pages/new", "/newsroom/users", "/newsroom/tokens", "/newsroom/audit", "/newsroom/outbox");

    @Autowired
    SiteSettingsService settings;

    @AfterEach
    void closeSignUp() {
        settings.put("site.sign_up", "false");
    }

    @Test
    void theAdministrationScreensAreValidHtml() throws Exception {
        HttpClient client = client();
        String csrf = signIn(client);
        for (String path : screens(client)) {
            assertValid(path, get(client, path));
        }
        // the pages of refused forms and of a token just made
        assertValid("refused category", post(client, "/newsroom/categories", "name=&_csrf=" + enc(csrf)));
        assertValid("refused settings", post(client, "/newsroom/settings", "name=&timeZone=Nowhere&_csrf=" + enc(csrf)));
        assertValid("new token", post(client, "/newsroom/tokens", "name=Quality&_csrf=" + enc(csrf)));
    }

    @Test
    void theSignUpPageIsValidHtml() throws Exception {
        settings.put("site.sign_up", "true");

        assertValid("/signup", get(client(), "/signup"));
        assertValid("/login with sign-up", get(client(), "/login"));
    }

    @Test
    void theAdministrationScreensBreakNoAccessibilityRule() throws Exception {
        var screen = openSignIn("/login");
        browser().driver().findElement(By.id("login-email")).sendKeys(SignInScreen.DEMO_EMAIL);
        browser().driver().findElement(By.id("login-password")).sendKeys(SignInScreen.DEMO_PASSWORD);
        browser().driver().findElement(By.cssSelector("main form[action='/login'] button[type='submit']")).click();
        screen.waitUntil(d -> d.getCurrentUrl().endsWith("/newsroom"));
        HttpClient client = client();
        signIn(client);

        for (String path : screens(client)) {
            open(path);
            assertNoViolations(path);
        }
    }

    @Test
    void theSignUpPageBreaksNoAccessibilityRule() {
        settings.put("site.sign_up", "true");
        open("/signup");

        assertNoViolations("/signup");
    }

    /** The screens, and the first category, tag, page and mail each list links to. */
    private List<String> screens(HttpClient client) throws Exception {
        List<String> paths = new ArrayList<>(SCREENS);
        var categories = Jsoup.parse(get(client, "/newsroom/categories"));
        paths.add(categories.select(".categories-table a").first().attr("href"));
        var tag = categories.select(".tags-table a").first();
        if (tag != null) {
            paths.add(tag.attr("href"));
        }
        paths.add(Jsoup.parse(get(client, "/newsroom/pages")).select(".pages-table td:first-child a").first().attr("href"));
        var mail = Jsoup.parse(get(client, "/newsroom/outbox")).select(".outbox-table a").first();
        if (mail != null) {
            paths.add(mail.attr("href"));
        }
        return paths;
    }

    private String signIn(HttpClient client) throws Exception {
        Matcher token = CSRF.matcher(get(client, "/login"));
        assertThat(token.find()).isTrue();
        post(client, "/login", "email=" + enc(SignInScreen.DEMO_EMAIL) + "&password=" + enc(SignInScreen.DEMO_PASSWORD)
                + "&_csrf=" + enc(token.group(1)));
        Matcher csrf = CSRF.matcher(get(client, "/newsroom/tokens"));
        assertThat(csrf.find()).as("signed in").isTrue();
        return csrf.group(1);
    }

    private String get(HttpClient client, String path) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private String post(HttpClient client, String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private void assertNoViolations(String where) {
        QualityAssertions.assertNoViolations(browser().driver(), where);
    }

    private static void assertValid(String path, String html) {
        QualityAssertions.assertValid(path, html);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void closeChecker() throws IOException {
        QualityAssertions.closeChecker();
    }
}
