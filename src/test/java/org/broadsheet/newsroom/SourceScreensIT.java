package org.broadsheet.newsroom;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.broadsheet.accounts.Role;
import org.broadsheet.content.Slugs;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.syndication.Source;
import org.broadsheet.syndication.SourceService;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** An editor manages sources in the newsroom; others may not. */
class SourceScreensIT extends AccountsAppTest {

    @Autowired
    SourceService sources;
    @Autowired
    TaxonomyService taxonomy;

    String category;

    @BeforeEach
    void category() {
        String name = Unique.name("Regional");
        category = taxonomy.saveCategory(Slugs.of(name), name, "", null, null).slug();
    }

    private Map<String, String> form(String name, String url) {
        return Map.ofEntries(entry("name", name), entry("url", url), entry("categorySlug", category),
                entry("categoryMap", ""), entry("mode", "review"),
                entry("attribution", "Published from {source}'s feed."), entry("include", ""), entry("exclude", ""),
                entry("pollMinutes", "20"), entry("seoPolicy", "canonical"), entry("duplicatePolicy", "skip"));
    }

    @Test
    void anEditorAddsASourceAndSeesItInTheListWithItsHealth() {
        SiteClient editor = signedIn(account(Role.EDITOR));
        String name = Unique.name("Valley Wire");

        SiteClient.Answer added = editor.submitForm("/newsroom/sources/new", "/newsroom/sources",
                form(name, "https://valley.example/" + Unique.slug("f") + ".xml"));

        assertThat(added.status()).isEqualTo(302);
        SiteClient.Answer list = editor.get("/newsroom/sources");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("[role=status]").text()).contains("Added " + name);
        var row = list.html().select("tr.source-row:contains(" + name + ")");
        assertThat(row.select(".source-status").text()).isEqualTo("Paused");
        Source source = sources.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        assertThat(source.attributionLine()).isEqualTo("Published from " + name + "'s feed.");
        assertThat(source.enabled()).as("the box was not ticked").isFalse();
    }

    @Test
    void mistakesAreShownNextToTheirFieldsAndNothingTypedIsLost() {
        SiteClient editor = signedIn(account(Role.EDITOR));
        Map<String, String> wrong = new java.util.HashMap<>(form("Typed name", "not-a-url"));
        wrong.put("pollMinutes", "0");

        SiteClient.Answer answer = editor.submitForm("/newsroom/sources/new", "/newsroom/sources", wrong);

        assertThat(answer.status()).isEqualTo(400);
        var html = answer.html();
        assertThat(html.select("#source-url-error").text()).contains("http");
        assertThat(html.select("#source-interval-error").text()).contains("minutes");
        assertThat(html.select("#source-url").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.select("#source-name").val()).isEqualTo("Typed name");
        assertThat(html.select("#source-url").val()).isEqualTo("not-a-url");
    }

    @Test
    void anEditorEditsPausesResumesPollsAndDeletesASource() {
        SiteClient editor = signedIn(account(Role.EDITOR));
        Source source = sources.create(new org.broadsheet.syndication.SourceSettings(Unique.name("Edited Wire"),
                "http://127.0.0.1:9/" + Unique.slug("e") + ".xml", category, "", "auto", "By {source}.", false, "", "",
                "15", "canonical", "skip", false), null);
        String path = "/newsroom/sources/" + source.id();

        Map<String, String> changed = new java.util.HashMap<>(form("Renamed Wire " + source.id(), source.feedUrl()));
        changed.put("enabled", "on");
        assertThat(editor.submitForm(path, path, changed).status()).isEqualTo(302);
        assertThat(sources.find(source.id()).orElseThrow().name()).isEqualTo("Renamed Wire " + source.id());
        assertThat(sources.find(source.id()).orElseThrow().enabled()).isTrue();

        assertThat(editor.submitForm("/newsroom/sources", path + "/pause", Map.of()).status()).isEqualTo(302);
        assertThat(sources.find(source.id()).orElseThrow().enabled()).isFalse();
        assertThat(editor.submitForm("/newsroom/sources", path + "/resume", Map.of()).status()).isEqualTo(302);
        assertThat(sources.find(source.id()).orElseThrow().enabled()).isTrue();

        editor.submitForm("/newsroom/sources", path + "/pause", Map.of());
        int failuresBefore = sources.find(source.id()).orElseThrow().health().consecutiveFailures(); // the poller may have tried it while resumed
        assertThat(editor.submitForm("/newsroom/sources", path + "/poll", Map.of()).status()).isEqualTo(302);
        assertThat(editor.get("/newsroom/sources").html().select("[role=status]").text()).contains("The poll failed");
        assertThat(sources.find(source.id()).orElseThrow().health().consecutiveFailures()).isEqualTo(failuresBefore + 1);

        assertThat(editor.submitForm(path, path + "/delete", Map.of()).status()).isEqualTo(302);
        assertThat(sources.find(source.id())).isEmpty();
        assertThat(editor.get(path).status()).isEqualTo(404);
    }

    @Test
    void anOpmlUploadAddsItsFeeds() throws IOException {
        SiteClient editor = signedIn(account(Role.EDITOR));
        String feed = "https://opml.example/" + Unique.slug("u") + ".xml";
        String opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"Uploaded wire\" xmlUrl=\"" + feed
                + "\"/></body></opml>";
        String token = editor.get("/newsroom/sources").html().select("form.opml-form input[name=_csrf]").val();
        String boundary = "----bs" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"categorySlug\"\r\n\r\n" + category + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nreview\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"feeds.opml\"\r\n"
                + "Content-Type: text/xml\r\n\r\n" + opml + "\r\n--" + boundary + "--\r\n";

        SiteClient.Answer answer = editor.send(HttpRequest.newBuilder(URI.create(editor.url("/newsroom/sources/opml")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(302);
        assertThat(sources.all()).anyMatch(s -> s.feedUrl().equals(feed) && s.name().equals("Uploaded wire"));
        assertThat(editor.get("/newsroom/sources").html().select("[role=status]").text()).contains("Imported 1 source");
    }

    @Test
    void anAuthorMayNotManageSources() {
        SiteClient author = signedIn(account(Role.AUTHOR));

        assertThat(author.get("/newsroom/sources").status()).isEqualTo(403);
        assertThat(author.get("/newsroom/sources/new").status()).isEqualTo(403);
        assertThat(author.get("/newsroom/review").status()).isEqualTo(403);
    }
}
