package org.broadsheet.content;

import java.time.Duration;
import java.time.Instant;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Role;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.broadsheet.testsupport.Eventually.eventually;

/** Stories scheduled for a time are published at that time, once, also after a restart that spanned it. */
class ScheduledPublishingIT extends AccountsAppTest {

    @Autowired
    StoryService stories;

    @Autowired
    ScheduledPublisher publisher;

    @AfterEach
    void resetClock() {
        testClock().reset();
    }

    @Test
    void aStoryWhoseTimeHasComeIsPublishedExactlyOnce() {
        StoryActor author = actor(account(Role.AUTHOR));
        Instant at = clock.instant().plus(Duration.ofHours(1));
        long id = stories.create(author, StoryEdit.of("Scheduled " + Unique.slug("s"), "Text."), StoryAction.SCHEDULE, at);
        assertThat(publisher.publishDue()).as("not due yet").isZero();

        testClock().advance(Duration.ofHours(2));
        publisher.publishDue();
        publisher.publishDue();

        Story story = stories.find(author, id);
        assertThat(story.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(story.publishedAt()).isEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(publishedJournalEntries(id)).isEqualTo(1);
    }

    @Test
    void theStartupRunPublishesWhatFellDueWhileTheSiteWasDown() {
        StoryActor author = actor(account(Role.AUTHOR));
        long id = stories.create(author, StoryEdit.of("Due while down " + Unique.slug("s"), "Text."), StoryAction.SCHEDULE,
                clock.instant().plus(Duration.ofMinutes(5)));
        // as if the site had been stopped before the time and started after it
        jdbc.sql("UPDATE article SET published_at = :past WHERE id = :id")
                .param("past", clock.millis() - 60_000).param("id", id).update();

        publisher.atStart();

        // the site's scheduled run may hold the job lock at this moment (atStart then leaves the work to
        // it, at most one poll interval later): either way the story is published, once
        eventually(Duration.ofSeconds(15), () -> {
            assertThat(stories.find(author, id).status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(publishedJournalEntries(id)).isEqualTo(1);
        });
    }

    @Test
    void aScheduleInThePastIsRefused() {
        StoryActor author = actor(account(Role.AUTHOR));

        assertThatThrownBy(() -> stories.create(author, StoryEdit.of("Too late", "Text."), StoryAction.SCHEDULE,
                clock.instant().minusSeconds(60)))
                .isInstanceOfSatisfying(StoryInvalid.class, e -> assertThat(e.fields()).containsKey("scheduledAt"));
    }

    private long publishedJournalEntries(long id) {
        return jdbc.sql("""
                SELECT count(*) FROM content_change WHERE entity = 'article' AND entity_id = :id AND action = 'published'
                """).param("id", id).query(Long.class).single();
    }

    private static StoryActor actor(Account account) {
        return new StoryActor(account.id(), account.displayName(), true, true, false);
    }
}
