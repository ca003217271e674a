package org.broadsheet.api.admin;

import org.broadsheet.accounts.AccessTokens;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Role;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Sources through the Admin API: create, read with health, change, poll, delete, OPML; 400/401/403 in JSON. */
class SourceApiIT extends AccountsAppTest {

    @Autowired
    AccessTokens tokens;
    @Autowired
    TaxonomyService taxonomy;

    String editorToken;
    String category;

    @BeforeEach
    void setUp() {
        Account editor = account(Role.EDITOR);
        editorToken = tokens.create(editor.id(), "Sources script").token();
        String name = Unique.name("Business");
        category = taxonomy.saveCategory(org.broadsheet.content.Slugs.of(name), name, "", null, null).slug();
    }

    private SiteClient.Answer call(String method, String path, String json, String token) {
        return newReader().send(method, path, json, "Authorization", "Bearer " + token, "Accept", "application/json");
    }

    private String sourceJson(String name, String url) {
        return """
                {"name": "%s", "url": "%s", "categorySlug": "%s", "mode": "review", "enabled": false,
                 "categoryMap": {"Markets": "%s"}, "includeKeywords": ["shares"], "pollMinutes": 30,
                 "seoPolicy": "noindex", "duplicatePolicy": "also", "allowRewrite": true}
                """.formatted(name, url, category, category);
    }

    @Test
    void anEditorCreatesASourceAndReadsItWithItsHealth() {
        String name = Unique.name("Harbour Wire");
        SiteClient.Answer created = call("POST", "/api/admin/sources", sourceJson(name, "https://wire.example/" + Unique.slug("f") + ".xml"), editorToken);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).contains("/api/admin/sources/" + id);

        SiteClient.Answer read = call("GET", "/api/admin/sources/" + id, null, editorToken);
        assertThat(read.status()).isEqualTo(200);
        var json = read.json();
        assertThat(json.get("name").asString()).isEqualTo(name);
        assertThat(json.get("mode").asString()).isEqualTo("review");
        assertThat(json.get("seoPolicy").asString()).isEqualTo("noindex");
        assertThat(json.get("pollMinutes").asInt()).isEqualTo(30);
        assertThat(json.get("categoryMap").get("markets").asString()).isEqualTo(category);
        assertThat(json.get("lastStatus").asString()).isEqualTo("new");
        assertThat(json.get("consecutiveFailures").asInt()).isZero();
        assertThat(json.get("itemCount").asInt()).isZero();
        assertThat(json.has("nextPollAt")).isTrue();
        assertThat(json.has("lastPolledAt")).isTrue();
        assertThat(json.has("lastError")).isTrue();

        assertThat(call("GET", "/api/admin/sources", null, editorToken).json().findValues("id").stream()
                .map(n -> n.asLong())).contains(id);
    }

    @Test
    void pollingASourceAnswersWithTheOutcome() {
        SiteClient.Answer created = call("POST", "/api/admin/sources",
                sourceJson(Unique.name("Unreachable Wire"), "http://127.0.0.1:9/feed.xml"), editorToken);
        long id = created.json().get("id").asLong();

        SiteClient.Answer polled = call("POST", "/api/admin/sources/" + id + "/poll", null, editorToken);

        assertThat(polled.status()).isEqualTo(200);
        assertThat(polled.json().get("fetched").asBoolean()).isFalse();
        assertThat(polled.json().get("error").asString()).isNotBlank();
        for (String field : new String[] {"created", "updated", "duplicates", "skipped"}) {
            assertThat(polled.json().has(field)).as(field).isTrue();
        }
        var health = call("GET", "/api/admin/sources/" + id, null, editorToken).json();
        assertThat(health.get("consecutiveFailures").asInt()).isEqualTo(1);
        assertThat(health.get("lastError").asString()).isNotBlank();
    }

    @Test
    void badFieldsAreAnswered400WithAMessageForEachField() {
        SiteClient.Answer answer = call("POST", "/api/admin/sources",
                "{\"name\": \"\", \"url\": \"ftp://x\", \"categorySlug\": \"no-such-category-here\", \"mode\": \"sometimes\", \"pollMinutes\": 0}",
                editorToken);

        assertThat(answer.status()).isEqualTo(400);
        var fields = answer.json().get("fields");
        assertThat(fields.has("name")).isTrue();
        assertThat(fields.get("url").asString()).contains("http");
        assertThat(fields.has("categorySlug")).isTrue();
        assertThat(fields.has("mode")).isTrue();
        assertThat(fields.has("pollMinutes")).isTrue();
    }

    @Test
    void aSourceCanBeChangedAndDeleted() {
        long id = call("POST", "/api/admin/sources", sourceJson(Unique.name("Changing Wire"),
                "https://wire.example/" + Unique.slug("c") + ".xml"), editorToken).json().get("id").asLong();

        SiteClient.Answer changed = call("PUT", "/api/admin/sources/" + id, "{\"mode\": \"auto\", \"pollMinutes\": 60}", editorToken);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("mode").asString()).isEqualTo("auto");
        assertThat(changed.json().get("seoPolicy").asString()).as("unchanged fields stay").isEqualTo("noindex");

        assertThat(call("DELETE", "/api/admin/sources/" + id, null, editorToken).status()).isEqualTo(204);
        assertThat(call("GET", "/api/admin/sources/" + id, null, editorToken).status()).isEqualTo(404);
    }

    @Test
    void withoutATokenTheApiAnswers401AndWithoutTheCapability403() {
        assertThat(newReader().get("/api/admin/sources").status()).isEqualTo(401);
        Account author = account(Role.AUTHOR);
        String authorToken = tokens.create(author.id(), "Author script").token();

        SiteClient.Answer forbidden = call("POST", "/api/admin/sources", sourceJson("X", "https://x.example/f.xml"), authorToken);

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("status").asInt()).isEqualTo(403);
        assertThat(call("GET", "/api/admin/sources", null, authorToken).status()).isEqualTo(403);
    }

    @Test
    void anOpmlFileAddsASourcePerFeedAndRefusesDoctypes() {
        String a = "https://opml.example/" + Unique.slug("a") + ".xml";
        String opml = """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>Feeds</title></head><body>
                  <outline text="Group"><outline text="First wire" type="rss" xmlUrl="%s"/></outline>
                  <outline text="Broken" xmlUrl="not a url"/>
                </body></opml>
                """.formatted(a);
        SiteClient.Answer imported = newReader().send("POST", "/api/admin/sources/opml?categorySlug=" + category, null,
                "Authorization", "Bearer " + editorToken);
        assertThat(imported.status()).as("no body").isIn(400, 415);

        SiteClient.Answer answer = sendXml("/api/admin/sources/opml?categorySlug=" + category, opml);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("created").get(0).get("url").asString()).isEqualTo(a);
        assertThat(answer.json().get("problems").get(0).asString()).contains("Broken");

        String evil = """
                <?xml version="1.0"?>
                <!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <opml version="2.0"><body><outline text="&x;" xmlUrl="https://evil.example/f.xml"/></body></opml>
                """;
        SiteClient.Answer refused = sendXml("/api/admin/sources/opml?categorySlug=" + category, evil);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("root:");
    }

    private SiteClient.Answer sendXml(String path, String xml) {
        try {
            var client = java.net.http.HttpClient.newHttpClient();
            var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + editorToken).header("Content-Type", "application/xml")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(xml)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new SiteClient.Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
