package org.broadsheet.api.admin;

import org.broadsheet.accounts.AccessTokens;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Role;
import org.broadsheet.audit.AuditLog;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Stories over the Admin API: the same rules as the newsroom, JSON in and out. */
class StoriesApiIT extends AccountsAppTest {

    @Autowired
    AccessTokens tokens;

    @Autowired
    AuditLog audit;

    @ParameterizedTest(name = "{0}: list {1}, create {2}, edit own {3}, edit others'' {4}, publish own {5}, "
            + "publish others'' {6}, trash own {7}, trash others'' {8}")
    @CsvSource({
            "SUBSCRIBER,    403, 403, -, -, -, -, -, -",
            "CONTRIBUTOR,   200, 201, 200, 404, 403, 404, 200, 404",
            "AUTHOR,        200, 201, 200, 404, 200, 404, 200, 404",
            "EDITOR,        200, 201, 200, 200, 200, 200, 200, 200",
            "ADMINISTRATOR, 200, 201, 200, 200, 200, 200, 200, 200"})
    void eachRoleMayDoWhatItsCapabilitiesSay(Role role, int list, int create, String editOwn, String editOthers,
                                             String publishOwn, String publishOthers, String trashOwn, String trashOthers) {
        String token = token(account(role));
        long others = created(token(account(Role.AUTHOR)), "Someone else's story");

        assertThat(call("GET", "/api/admin/stories?status=draft", null, token).status()).as("list").isEqualTo(list);
        SiteClient.Answer answer = call("POST", "/api/admin/stories", story("My API story"), token);
        assertThat(answer.status()).as("create").isEqualTo(create);
        if (create != 201) {
            return;
        }
        long own = answer.json().get("id").asLong();
        assertThat(call("PUT", "/api/admin/stories/" + own, story("My API story, edited"), token).status())
                .as("edit own").isEqualTo(Integer.parseInt(editOwn));
        assertThat(call("PUT", "/api/admin/stories/" + others, story("Edited by someone else"), token).status())
                .as("edit others'").isEqualTo(Integer.parseInt(editOthers));
        assertThat(call("POST", "/api/admin/stories/" + own + "/publish", null, token).status())
                .as("publish own").isEqualTo(Integer.parseInt(publishOwn));
        assertThat(call("POST", "/api/admin/stories/" + others + "/publish", null, token).status())
                .as("publish others'").isEqualTo(Integer.parseInt(publishOthers));
        assertThat(call("POST", "/api/admin/stories/" + created(token, "Mine to trash") + "/trash", null, token).status())
                .as("trash own").isEqualTo(Integer.parseInt(trashOwn));
        assertThat(call("POST", "/api/admin/stories/" + created(token(account(Role.AUTHOR)), "Theirs") + "/trash", null, token)
                .status()).as("trash others'").isEqualTo(Integer.parseInt(trashOthers));
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        SiteClient.Answer answer = newReader().send("GET", "/api/admin/stories", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void invalidFieldsAreAnswered400WithAMessageForEach() {
        String token = token(account(Role.AUTHOR));

        SiteClient.Answer answer = call("POST", "/api/admin/stories",
                "{\"title\": \"\", \"slug\": \"Not A Slug\", \"imageUrl\": \"https://example.com/a.jpg\"}", token);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("fields").get("title").asString()).isEqualTo("Give the story a headline.");
        assertThat(answer.json().get("fields").has("slug")).isTrue();
        assertThat(answer.json().get("fields").has("imageAlt")).isTrue();
    }

    @Test
    void aStoryIsScheduledAndReadBackWithItsFieldsAndTheChangeIsAudited() {
        Account author = account(Role.AUTHOR);
        String token = token(author);
        long id = created(token, "Read me back");
        String at = clock.instant().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();

        SiteClient.Answer scheduled = call("POST", "/api/admin/stories/" + id + "/schedule", "{\"at\": \"" + at + "\"}", token);
        SiteClient.Answer badTime = call("POST", "/api/admin/stories/" + id + "/schedule", "{\"at\": \"tomorrow\"}", token);
        SiteClient.Answer read = call("GET", "/api/admin/stories/" + id, null, token);

        assertThat(scheduled.status()).isEqualTo(200);
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().get("fields").has("at")).isTrue();
        assertThat(read.json().get("status").asString()).isEqualTo("scheduled");
        assertThat(read.json().get("publishedAt").asString()).isEqualTo(at);
        assertThat(read.json().get("tags").get(0).asString()).isEqualTo("API");
        assertThat(audit.page(null, "story", author.id(), 10)).extracting(e -> e.action()).contains("scheduled", "created");
    }

    @Test
    void hostileHtmlInAStoryBodyFromTheApiNeverReachesThePage() {
        String token = token(account(Role.AUTHOR));
        String body = "Fine text.\\n\\n<script>alert('api-xss')</script><img src=\\\"https://img.example/a.jpg\\\" "
                + "onerror=\\\"alert('api-xss')\\\"> <a href=\\\"javascript:alert('api-xss')\\\">link</a>";
        SiteClient.Answer created = call("POST", "/api/admin/stories",
                "{\"title\": \"Hostile body " + System.nanoTime() + "\", \"body\": \"" + body + "\"}", token);
        long id = created.json().get("id").asLong();
        assertThat(call("POST", "/api/admin/stories/" + id + "/publish", null, token).status()).isEqualTo(200);
        String slug = call("GET", "/api/admin/stories/" + id, null, token).json().get("slug").asString();

        String page = newReader().get("/story/" + slug).body();

        assertThat(page).contains("Fine text.").doesNotContain("api-xss").doesNotContain("onerror");
    }

    private long created(String token, String title) {
        SiteClient.Answer answer = call("POST", "/api/admin/stories", story(title), token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    private String token(Account account) {
        return tokens.create(account.id(), "stories test").token();
    }

    private SiteClient.Answer call(String method, String path, String json, String token) {
        return newReader().send(method, path, json, "Authorization", "Bearer " + token);
    }

    private static String story(String title) {
        return "{\"title\": \"" + title.replace("'", "\\u0027") + "\", \"body\": \"Some **Markdown**.\", \"tags\": [\"API\"]}";
    }
}
