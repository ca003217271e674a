package org.broadsheet.newsroom;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.broadsheet.accounts.AccessTokens;
import org.broadsheet.accounts.Role;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.TopStoryPins;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.Stories.Story;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Editors pin stories to the top of Top Stories, in the newsroom and through the Admin API. */
class TopStoryPinsIT extends AccountsAppTest {

    @Autowired
    TopStoryPins pins;
    @Autowired
    AccessTokens tokens;

    @AfterEach
    void unpinAll() {
        pins.pinnedIds().forEach(pins::unpin);
    }

    @Test
    void a_pinned_story_leads_top_stories_on_the_home_page_until_unpinned() {
        stories().any().save();
        Story old = stories().any().publishedAt(Instant.now().minus(Duration.ofDays(30)));
        long id = old.save();
        SiteClient editor = signedIn(account(Role.EDITOR));

        SiteClient.Answer pinned = editor.submitForm("/newsroom/top", "/newsroom/top/pin", Map.of("story", "/story/" + old.slug()));

        assertThat(pinned.status()).isEqualTo(302);
        assertThat(topIds()).first().isEqualTo(id);
        assertThat(newReader().get("/").html().select(".top-stories a").eachAttr("href")).contains("/story/" + old.slug());
        assertThat(editor.get("/newsroom/top").html().select("tbody tr").first().text()).contains(old.title(), "Pinned");

        editor.submitForm("/newsroom/top", "/newsroom/top/unpin", Map.of("id", String.valueOf(id)));

        assertThat(pins.pinnedIds()).doesNotContain(id);
        assertThat(topIds()).first().as("a month-old story, unpinned, falls behind newer ones").isNotEqualTo(id);
    }

    @Test
    void only_published_stories_can_be_pinned_and_the_reason_is_shown() {
        Story draft = stories().any().status(ArticleStatus.DRAFT);
        draft.save();
        SiteClient editor = signedIn(account(Role.EDITOR));

        SiteClient.Answer answer = editor.submitForm("/newsroom/top", "/newsroom/top/pin", Map.of("story", draft.slug()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select("[role=alert]").text()).contains("No published story has that address");
        assertThat(answer.html().select("#pin-story").attr("value")).isEqualTo(draft.slug());
    }

    @Test
    void authors_and_contributors_may_not_pin() {
        for (Role role : List.of(Role.AUTHOR, Role.CONTRIBUTOR)) {
            SiteClient client = signedIn(account(role));
            assertThat(client.get("/newsroom/top").status()).as(role + " GET").isEqualTo(403);
        }
        String authorToken = tokens.create(account(Role.AUTHOR).id(), "author").token();
        assertThat(newReader().send("GET", "/api/admin/top-stories", null, "Authorization", "Bearer " + authorToken)
                .status()).isEqualTo(403);
    }

    @Test
    void the_api_pins_and_unpins_and_names_the_field_in_error() {
        long id = stories().any().save();
        String token = "Bearer " + tokens.create(account(Role.EDITOR).id(), "desk").token();
        SiteClient api = newReader();

        SiteClient.Answer pinned = api.send("POST", "/api/admin/top-stories/pins", "{\"storyId\": " + id + "}", "Authorization", token);
        SiteClient.Answer missing = api.send("POST", "/api/admin/top-stories/pins", "{\"storyId\": 987654321}", "Authorization", token);
        SiteClient.Answer unpinned = api.send("DELETE", "/api/admin/top-stories/pins/" + id, null, "Authorization", token);

        assertThat(pinned.status()).isEqualTo(201);
        assertThat(pinned.json().get("stories").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(pinned.json().get("stories").get(0).get("pinned").asBoolean()).isTrue();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("fields").get("storyId").asString()).contains("no story");
        assertThat(unpinned.status()).isEqualTo(204);
        assertThat(pins.pinnedIds()).doesNotContain(id);
    }

    private List<Long> topIds() {
        return newReader().get("/api/v1/top").json().get("articles").valueStream().map(a -> a.get("id").asLong()).toList();
    }
}
