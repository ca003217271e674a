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
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The newsroom's story screens (dashboard, list, editor, revisions diff) are valid HTML and break no axe-core rule. */
class NewsroomStoriesQualityIT extends BrowserTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern STORY_LINK = Pattern.compile("href=\"/newsroom/stories/(\\d+)\"");

    @Test
    void theStoryScreensAreValidHtml() throws Exception {
        HttpClient client = signedInClient();
        String list = get(client, "/newsroom/stories?status=published");
        Matcher story = STORY_LINK.matcher(list);
        assertThat(story.find()).as("a published demo story in the list").isTrue();
        String id = story.group(1);

        for (String path : List.of("/newsroom", "/newsroom/stories?status=published", "/newsroom/stories?status=trash",
                "/newsroom/stories/new", "/newsroom/stories/" + id, "/newsroom/stories/" + id + "/preview")) {
            assertValid(path, get(client, path));
        }
        String invalid = post(client, "/newsroom/stories", "title=&body=" + enc("Kept *text*") + "&action=draft");
        assertValid("/newsroom/stories (with errors)", invalid);

        String revised = revisedDraft(client);
        String editor = get(client, revised);
        assertValid(revised + " (with revisions)", editor);
        Matcher revisions = Pattern.compile("name=\"from\" value=\"(\\d+)\"").matcher(editor);
        assertThat(revisions.find()).isTrue();
        String newer = revisions.group(1);
        assertThat(revisions.find()).isTrue();
        assertValid("revisions diff", get(client, revised + "/revisions/diff?from=" + revisions.group(1) + "&to=" + newer));
    }

    /** A draft saved twice with a changed body: the editor of it, "/newsroom/stories/ID". */
    private String revisedDraft(HttpClient client) throws Exception {
        HttpResponse<String> created = postResponse(client, "/newsroom/stories",
                "title=" + enc("Quality draft") + "&body=" + enc("First line.\nSecond line.") + "&action=draft");
        String path = created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        postResponse(client, path, "title=" + enc("Quality draft") + "&body=" + enc("First line.\nA <changed> line.") + "&action=draft");
        return path;
    }

    @Test
    void theStoryScreensBreakNoAccessibilityRule() throws Exception {
        var screen = openSignIn("/login");
        browser().driver().findElement(By.id("login-email")).sendKeys(SignInScreen.DEMO_EMAIL);
        browser().driver().findElement(By.id("login-password")).sendKeys(SignInScreen.DEMO_PASSWORD);
        browser().driver().findElement(By.cssSelector("main form[action='/login'] button[type='submit']")).click();
        screen.waitUntil(d -> d.getCurrentUrl().endsWith("/newsroom"));
        assertNoViolations("/newsroom");

        open("/newsroom/stories?status=published");
        assertNoViolations("/newsroom/stories");
        String editLink = browser().driver().findElement(By.cssSelector(".story-table tbody a")).getDomAttribute("href");

        open("/newsroom/stories/new");
        assertNoViolations("/newsroom/stories/new");

        open(editLink);
        assertNoViolations(editLink);

        String draft = revisedDraft(signedInClient());
        open(draft);
        assertNoViolations(draft + " (a draft with revisions)");
        browser().driver().findElement(By.cssSelector(".revisions button[form='compare']")).click();
        screen.waitUntil(d -> d.getCurrentUrl().contains("/revisions/diff"));
        assertNoViolations("revisions diff");
    }

    private HttpClient signedInClient() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = get(client, "/login");
        Matcher token = CSRF.matcher(login);
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + enc(SignInScreen.DEMO_EMAIL) + "&password="
                        + enc(SignInScreen.DEMO_PASSWORD) + "&_csrf=" + enc(token.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return client;
    }

    private String get(HttpClient client, String path) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private String post(HttpClient client, String path, String form) throws Exception {
        return postResponse(client, path, form).body();
    }

    private HttpResponse<String> postResponse(HttpClient client, String path, String form) throws Exception {
        Matcher token = CSRF.matcher(get(client, "/newsroom/stories/new"));
        assertThat(token.find()).isTrue();
        return client.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(token.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
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
