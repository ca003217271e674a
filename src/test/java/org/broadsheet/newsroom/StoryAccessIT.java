package org.broadsheet.newsroom;

import java.util.Map;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Role;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.StoryAction;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role × action matrix of stories through the newsroom's routes. A story someone may not edit
 * does not exist for them (404); an action their role does not allow on their own story is 403.
 */
class StoryAccessIT extends StoryTestSupport {

    @ParameterizedTest(name = "{0}: list {1}, create {2}, edit own {3}, edit others'' {4}, publish own {5}, "
            + "publish others'' {6}, trash own {7}, trash others'' {8}, preview own {9}, preview others'' {10}")
    @CsvSource({
            "CONTRIBUTOR,   200, 302, 302, 404, 403, 404, 302, 404, 200, 404",
            "AUTHOR,        200, 302, 302, 404, 302, 404, 302, 404, 200, 404",
            "EDITOR,        200, 302, 302, 302, 302, 302, 302, 302, 200, 200",
            "ADMINISTRATOR, 200, 302, 302, 302, 302, 302, 302, 302, 200, 200"})
    void eachRoleMayDoWhatItsCapabilitiesSay(Role role, int list, int create, int editOwn, int editOthers,
                                             int publishOwn, int publishOthers, int trashOwn, int trashOthers,
                                             int previewOwn, int previewOthers) {
        Account me = account(role);
        SiteClient client = signedIn(me);
        long others = storyOf(account(Role.AUTHOR), StoryAction.DRAFT);
        long othersToTrash = storyOf(account(Role.AUTHOR), StoryAction.DRAFT);

        assertThat(client.get("/newsroom/stories").status()).as("list").isEqualTo(list);
        SiteClient.Answer created = post(client, "/newsroom/stories", fields("My own story", "Text.", "draft"));
        assertThat(created.status()).as("create").isEqualTo(create);
        long own = idFrom(created);
        assertThat(post(client, "/newsroom/stories/" + own, fields("My own story, edited", "Text.", "draft")).status())
                .as("edit own").isEqualTo(editOwn);
        assertThat(post(client, "/newsroom/stories/" + others, fields("Someone else's, edited", "Text.", "draft")).status())
                .as("edit others'").isEqualTo(editOthers);
        assertThat(client.get("/newsroom/stories/" + own + "/preview").status()).as("preview own").isEqualTo(previewOwn);
        assertThat(client.get("/newsroom/stories/" + others + "/preview").status()).as("preview others'").isEqualTo(previewOthers);
        assertThat(post(client, "/newsroom/stories/" + own, fields("My own story", "Text.", "publish")).status())
                .as("publish own").isEqualTo(publishOwn);
        assertThat(post(client, "/newsroom/stories/" + others, fields("Someone else's", "Text.", "publish")).status())
                .as("publish others'").isEqualTo(publishOthers);
        long ownToTrash = idFrom(post(client, "/newsroom/stories", fields("Mine to throw away", "Text.", "draft")));
        assertThat(post(client, "/newsroom/stories/" + ownToTrash + "/trash", Map.of()).status()).as("trash own").isEqualTo(trashOwn);
        assertThat(post(client, "/newsroom/stories/" + othersToTrash + "/trash", Map.of()).status())
                .as("trash others'").isEqualTo(trashOthers);

        assertThat(status(own)).isEqualTo(publishOwn == 302 ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT);
        assertThat(status(others)).isEqualTo(publishOthers == 302 ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT);
        assertThat(status(othersToTrash)).isEqualTo(trashOthers == 302 ? ArticleStatus.TRASHED : ArticleStatus.DRAFT);
    }

    @Test
    void subscribersAndAnonymousReadersGetNoStoryScreens() {
        SiteClient subscriber = signedIn(account(Role.SUBSCRIBER));
        SiteClient anonymous = newReader();
        long draft = storyOf(account(Role.AUTHOR), StoryAction.DRAFT);

        assertThat(subscriber.get("/newsroom/stories").status()).isEqualTo(403);
        assertThat(subscriber.get("/newsroom/stories/new").status()).isEqualTo(403);
        assertThat(post(subscriber, "/newsroom/stories", fields("Sneaky", "Text.", "draft")).status()).isEqualTo(403);
        assertThat(subscriber.get("/newsroom/stories/" + draft + "/preview").status()).isEqualTo(404);
        assertThat(anonymous.get("/newsroom/stories/" + draft + "/preview").status()).isEqualTo(302);
        assertThat(anonymous.get("/newsroom/stories").status()).isEqualTo(302);
    }

    @Test
    void aContributorCannotChangeTheirStoryOnceAnEditorPublishedIt() {
        Account contributor = account(Role.CONTRIBUTOR);
        SiteClient client = signedIn(contributor);
        long own = idFrom(post(client, "/newsroom/stories", fields("Up for review", "Text.", "submit")));
        stories.publish(Stories.actor(account(Role.EDITOR)), own);

        assertThat(post(client, "/newsroom/stories/" + own, fields("Sneaky change", "Text.", "draft")).status()).isEqualTo(403);
        assertThat(post(client, "/newsroom/stories/" + own + "/trash", Map.of()).status()).isEqualTo(403);
        assertThat(status(own)).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void bulkActionsChangeOnlyTheStoriesTheViewerMayChange() {
        Account author = account(Role.AUTHOR);
        SiteClient client = signedIn(author);
        long mine = idFrom(post(client, "/newsroom/stories", fields("Mine for the bulk", "Text.", "draft")));
        long theirs = storyOf(account(Role.AUTHOR), StoryAction.DRAFT);

        SiteClient.Answer answer = client.submitForm("/newsroom/stories", "/newsroom/stories/bulk?id=" + mine + "&id=" + theirs,
                Map.of("bulkAction", "publish", "status", "draft"));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location").orElseThrow()).contains("notice=partly");
        assertThat(status(mine)).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(status(theirs)).isEqualTo(ArticleStatus.DRAFT);
    }

    private ArticleStatus status(long id) {
        return ArticleStatus.fromDb(jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", id)
                .query(String.class).single());
    }
}
