package org.broadsheet.newsroom.admin;

import org.broadsheet.accounts.AccessTokens;
import org.broadsheet.accounts.Role;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The Admin API for categories, tags and pages, with tokens of each role. */
class AdminApiIT extends AccountsAppTest {

    @Autowired
    AccessTokens tokens;

    @ParameterizedTest(name = "{0} on {1}: GET {2}, POST {3}")
    @CsvSource({
            "ANONYMOUS,     /api/admin/categories, 401, 401",
            "SUBSCRIBER,    /api/admin/categories, 403, 403",
            "CONTRIBUTOR,   /api/admin/categories, 403, 403",
            "AUTHOR,        /api/admin/categories, 403, 403",
            "EDITOR,        /api/admin/categories, 200, 400",
            "ADMINISTRATOR, /api/admin/categories, 200, 400",
            "ANONYMOUS,     /api/admin/tags,       401, 401",
            "SUBSCRIBER,    /api/admin/tags,       403, 403",
            "AUTHOR,        /api/admin/tags,       403, 403",
            "EDITOR,        /api/admin/tags,       200, 400",
            "ADMINISTRATOR, /api/admin/tags,       200, 400",
            "ANONYMOUS,     /api/admin/pages,      401, 401",
            "SUBSCRIBER,    /api/admin/pages,      403, 403",
            "AUTHOR,        /api/admin/pages,      403, 403",
            "EDITOR,        /api/admin/pages,      200, 400",
            "ADMINISTRATOR, /api/admin/pages,      200, 400"})
    void eachRoleReachesOnlyWhatItMay(String who, String path, int get, int post) {
        String[] auth = "ANONYMOUS".equals(who) ? new String[0]
                : new String[] {"Authorization", "Bearer " + tokens.create(account(Role.valueOf(who)).id(), "matrix").token()};

        SiteClient.Answer read = newReader().send("GET", path, null, auth);
        SiteClient.Answer write = newReader().send("POST", path, "{\"name\": \"\", \"title\": \"\"}", auth);

        assertThat(read.status()).as("GET " + read).isEqualTo(get);
        assertThat(write.status()).as("POST " + write).isEqualTo(post);
        assertThat(write.json().get("status").asInt()).isEqualTo(post);
    }

    @Test
    void aCategoryIsCreatedReadChangedAndDeleted() {
        String token = editorToken();
        String slug = Unique.slug("api-cat");

        SiteClient.Answer created = api("POST", "/api/admin/categories", "{\"name\": \"Api Cat\", \"slug\": \"" + slug + "\"}", token);
        long id = created.json().get("id").asLong();
        SiteClient.Answer read = api("GET", "/api/admin/categories/" + id, null, token);
        SiteClient.Answer changed = api("PUT", "/api/admin/categories/" + id,
                "{\"name\": \"Api Category\", \"slug\": \"" + slug + "\", \"description\": \"Made by a script\"}", token);
        SiteClient.Answer deleted = api("DELETE", "/api/admin/categories/" + id, null, token);
        SiteClient.Answer gone = api("GET", "/api/admin/categories/" + id, null, token);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).hasValue("/api/admin/categories/" + id);
        assertThat(read.json().get("slug").asString()).isEqualTo(slug);
        assertThat(changed.json().get("name").asString()).isEqualTo("Api Category");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(gone.status()).isEqualTo(404);
    }

    @Test
    void refusedInputIsExplainedFieldByField() {
        String token = editorToken();
        String slug = Unique.slug("taken");
        api("POST", "/api/admin/categories", "{\"name\": \"Taken\", \"slug\": \"" + slug + "\"}", token);

        SiteClient.Answer twice = api("POST", "/api/admin/categories", "{\"name\": \"Again\", \"slug\": \"" + slug + "\"}", token);
        SiteClient.Answer badPage = api("POST", "/api/admin/pages", "{\"title\": \"Login\", \"slug\": \"login\", \"body\": \"x\"}", token);

        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("fields").get("slug").asString()).contains("uses the slug");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.json().get("fields").get("slug").asString()).contains("address of the site itself");
    }

    @Test
    void aPageMadeThroughTheApiIsPublicAndTagsCanBeMerged() {
        String token = editorToken();
        String slug = Unique.slug("api-page");

        SiteClient.Answer page = api("POST", "/api/admin/pages",
                "{\"title\": \"From the API\", \"slug\": \"" + slug + "\", \"format\": \"markdown\", \"body\": \"# Hello\"}", token);
        long a = api("POST", "/api/admin/tags", "{\"name\": \"" + Unique.slug("ta") + "\"}", token).json().get("id").asLong();
        long b = api("POST", "/api/admin/tags", "{\"name\": \"" + Unique.slug("tb") + "\"}", token).json().get("id").asLong();
        SiteClient.Answer merged = api("POST", "/api/admin/tags/" + a + "/merge", "{\"into\": " + b + "}", token);

        assertThat(page.status()).isEqualTo(201);
        assertThat(newReader().get("/" + slug).html().select("main h1").text()).contains("Hello");
        assertThat(merged.status()).isEqualTo(204);
        assertThat(api("GET", "/api/admin/tags/" + a, null, token).status()).isEqualTo(404);
    }

    private String editorToken() {
        return tokens.create(account(Role.EDITOR).id(), "api test").token();
    }

    private SiteClient.Answer api(String method, String path, String json, String token) {
        return newReader().send(method, path, json, "Authorization", "Bearer " + token);
    }
}
