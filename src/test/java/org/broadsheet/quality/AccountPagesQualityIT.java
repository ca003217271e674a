package org.broadsheet.quality;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.browser.BrowserTest;
import org.broadsheet.browser.SignInScreen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in, password and newsroom pages are valid HTML and break no axe-core rule (/setup: see SetupIT). */
class AccountPagesQualityIT extends BrowserTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @ParameterizedTest(name = "{0} is valid HTML")
    @ValueSource(strings = {"/login", "/login?error", "/password/forgot", "/password/forgot?sent", "/password/reset?token=unknown"})
    void anonymousAccountPagesAreValidHtml(String path) throws Exception {
        assertValid(path, client().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void theNewsroomAndTheAccountPageAreValidHtml() throws Exception {
        HttpClient client = client();
        String login = client.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        assertThat(token.find()).isTrue();
        String form = "email=" + enc(SignInScreen.DEMO_EMAIL) + "&password=" + enc(SignInScreen.DEMO_PASSWORD)
                + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);

        for (String path : List.of("/newsroom", "/account", "/newsroom/top")) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertValid(path, page.body());
        }
    }

    @ParameterizedTest(name = "{0} breaks no accessibility rule in the {1} theme")
    @CsvSource({"/login, light", "/login, dark", "/login?error, light", "/password/forgot, light", "/password/forgot, dark"})
    void anonymousAccountPagesBreakNoAccessibilityRule(String path, String theme) {
        cookie("bs_theme", theme);
        open(path);

        assertNoViolations(path);
    }

    @Test
    void theOpenSignInModalBreaksNoAccessibilityRule() {
        openSignIn("/").openModal();

        assertNoViolations("/ with the sign-in modal open");
    }

    @Test
    void theNewsroomAndTheAccountPageBreakNoAccessibilityRule() {
        var screen = openSignIn("/login");
        browser().driver().findElement(By.id("login-email")).sendKeys(SignInScreen.DEMO_EMAIL);
        browser().driver().findElement(By.id("login-password")).sendKeys(SignInScreen.DEMO_PASSWORD);
        browser().driver().findElement(By.cssSelector("main form[action='/login'] button[type='submit']")).click();
        screen.waitUntil(d -> d.getCurrentUrl().endsWith("/newsroom"));
        assertNoViolations("/newsroom");

        open("/account");
        assertNoViolations("/account");

        open("/newsroom/top");
        assertNoViolations("/newsroom/top");
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
