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
import org.broadsheet.media.MediaItem;
import org.broadsheet.media.MediaService;
import org.broadsheet.media.TestPictures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The media library screens are valid HTML and break no axe-core rule. */
class MediaPagesQualityIT extends BrowserTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MediaService media;

    private MediaItem picture() {
        return media.upload(new MediaService.Upload(TestPictures.jpeg(1200, 800), "quality.jpg", "A test card in blue",
                "Made by the quality test"), null);
    }

    @Test
    void theMediaScreensAreValidHtml() throws Exception {
        long id = picture().id();
        HttpClient client = signedInClient();
        for (String path : List.of("/newsroom/media", "/newsroom/media/" + id)) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertValid(path, page.body());
        }
        String token = csrf(client, "/newsroom/media");
        String boundary = "----quality";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\nnot a picture\r\n--" + boundary + "--\r\n";
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(url("/newsroom/media")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertValid("/newsroom/media with a refused upload", refused.body());
    }

    @Test
    void theMediaScreensBreakNoAccessibilityRule() {
        long id = picture().id();
        var screen = openSignIn("/login");
        browser().driver().findElement(By.id("login-email")).sendKeys(SignInScreen.DEMO_EMAIL);
        browser().driver().findElement(By.id("login-password")).sendKeys(SignInScreen.DEMO_PASSWORD);
        browser().driver().findElement(By.cssSelector("main form[action='/login'] button[type='submit']")).click();
        screen.waitUntil(d -> d.getCurrentUrl().endsWith("/newsroom"));

        open("/newsroom/media");
        assertNoViolations("/newsroom/media");
        open("/newsroom/media/" + id);
        assertNoViolations("/newsroom/media/" + id);
    }

    private HttpClient signedInClient() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "email=" + enc(SignInScreen.DEMO_EMAIL) + "&password=" + enc(SignInScreen.DEMO_PASSWORD)
                + "&_csrf=" + enc(csrf(client, "/login"));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return client;
    }

    private String csrf(HttpClient client, String path) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("CSRF field on " + path).isTrue();
        return token.group(1);
    }

    private void assertNoViolations(String where) {
        QualityAssertions.assertNoViolations(browser().driver(), where);
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
