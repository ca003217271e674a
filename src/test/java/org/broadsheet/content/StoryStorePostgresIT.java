package org.broadsheet.content;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountService;
import org.broadsheet.accounts.Role;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.OnPostgres;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The story SQL (owners, lists, revisions, scheduled publishing) on PostgreSQL; the other story tests run on SQLite. */
@OnPostgres
class StoryStorePostgresIT extends AppTest {

    @Autowired
    AccountService accounts;
    @Autowired
    StoryService stories;
    @Autowired
    StoryListService lists;
    @Autowired
    ScheduledPublisher publisher;
    @Autowired
    JdbcClient jdbc;

    @Test
    void storiesAreWrittenListedRevisedAndPublishedOnSchedule() {
        StoryActor author = actor(Role.AUTHOR, true, false);
        String word = Unique.slug("pg");
        StoryEdit edit = new StoryEdit("Postgres " + word, "Dek", "Line one.\nLine two.", "", "", List.of("Databases"),
                "", "", "", "", "", "", "", "", "");
        long id = stories.create(author, edit, StoryAction.SUBMIT, null);
        stories.update(author, id, new StoryEdit("Postgres " + word, "Dek", "Line one.\nLine 2.", "", "",
                List.of("Databases"), "", "", "", "", "", "", "", "", ""), StoryAction.SUBMIT, null);
        stories.autosave(author, id, StoryEdit.of("Postgres " + word, "Line one, autosaved."));

        var review = lists.list(author, new StoryQuery(StoryTab.REVIEW, "", "", word, 1));
        assertThat(review.items()).extracting(StoryListItem::id).containsExactly(id);
        assertThat(review.counts().get(StoryTab.REVIEW)).isEqualTo(1);
        assertThat(lists.dashboard(author).pendingReview()).isEqualTo(1);
        assertThat(stories.revisions(author, id)).extracting(StoryRevision::kind).containsExactly("autosave", "save", "save");
        assertThat(stories.suggestTags("datab")).contains("Databases");

        stories.schedule(author, id, Instant.now().plus(Duration.ofHours(1)));
        jdbc.sql("UPDATE article SET published_at = :past WHERE id = :id")
                .param("past", System.currentTimeMillis() - 1000).param("id", id).update();
        publisher.publishDue();

        assertThat(stories.find(author, id).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(lists.list(author, new StoryQuery(StoryTab.PUBLISHED, "", "", word, 1)).items()).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM content_change WHERE entity_id = :id AND action = 'published'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    private StoryActor actor(Role role, boolean publishes, boolean others) {
        Account account = accounts.create(Unique.slug("pg-story") + "@broadsheet.test", "Pg Writer " + Unique.slug("w"),
                "a-long-enough-passphrase", role);
        return new StoryActor(account.id(), account.displayName(), true, publishes, others);
    }
}
