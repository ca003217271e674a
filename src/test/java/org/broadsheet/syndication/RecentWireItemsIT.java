package org.broadsheet.syndication;

import java.time.Duration;
import java.util.List;

import org.broadsheet.content.Category;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.syndication.parse.WireItem;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.syndication.SyndicationTestSupport.settings;
import static org.broadsheet.syndication.Wire.feed;
import static org.broadsheet.syndication.Wire.item;
import static org.broadsheet.syndication.Wire.sameStoryElsewhere;

/**
 * The near-duplicate index is kept across polls (read from the database only when it must be) and still
 * answers as a fresh read of the last three days would; wire rows keep a body only while it may be published.
 */
class RecentWireItemsIT extends AccountsAppTest {

    @Autowired
    IngestService ingest;
    @Autowired
    SourceService sources;
    @Autowired
    ReviewQueue review;
    @Autowired
    TaxonomyService taxonomy;
    @Autowired
    RecentWireItems recentItems;

    Category world;

    @BeforeEach
    void category() {
        world = SyndicationTestSupport.category(taxonomy, "World");
    }

    @AfterEach
    void resetClock() {
        testClock().reset();
    }

    /** The poll's one item was published as a story of its own, not taken for a twin. */
    private static void assertPublishedAsNew(IngestOutcome outcome) {
        assertThat(outcome.duplicates()).isZero();
        assertThat(outcome.created()).isEqualTo(1);
    }

    private Source source(String mode) {
        return sources.create(settings(Unique.name("Harbour Wire"), world.slug(), mode), null);
    }

    private String bodyStored(Source source, WireItem item) {
        return jdbc.sql("SELECT body_html FROM wire_item WHERE source_id = :s AND guid = :g")
                .param("s", source.id()).param("g", item.guid()).query(String.class).single();
    }

    @Test
    void laterPollsFindTwinsAmongEverySourcesEarlierItemsWithoutReadingTheWindowAgain() {
        Source first = source("auto");
        Source second = source("review");
        Source third = source("auto");
        WireItem storm = item("Storm closes the bridge", "High winds closed the bridge overnight.");
        WireItem vote = item("Council votes on the budget", "The council meets tonight to vote.");
        ingest.ingest(first, feed(storm));
        ingest.ingest(second, feed(vote)); // pending review: a twin as well
        int rebuilds = recentItems.rebuilds();

        IngestOutcome outcome = ingest.ingest(third, feed(sameStoryElsewhere(storm, 2), sameStoryElsewhere(vote, 3),
                item("Lighthouse repainted", "The lighthouse has a new coat of paint.")));

        assertThat(outcome.duplicates()).isEqualTo(2);
        assertThat(outcome.created()).isEqualTo(1);
        assertThat(recentItems.rebuilds()).as("the index was brought up to date, not read again").isEqualTo(rebuilds);
    }

    @Test
    void anItemUpdatedWithNewContentIsATwinUnderItsNewHashWithoutReadingTheWindowAgain() {
        Source first = source("auto");
        Source second = source("auto");
        WireItem draft = item("Ferry timetable", "The winter ferry timetable is out.");
        ingest.ingest(first, feed(draft));
        ingest.ingest(second, feed(item("Something else", "Not about the ferry."))); // the index is in use
        WireItem rewritten = Wire.changed(draft, "The winter ferry timetable adds a late sailing.");
        rewritten = new WireItem(rewritten.guid(), rewritten.link(), rewritten.title(), rewritten.body(), rewritten.excerpt(),
                rewritten.author(), rewritten.categories(), rewritten.publishedAt(), rewritten.updatedAt(), null, null, false,
                null, rewritten.contentHash(), ~draft.simHash()); // the new text hashes far from the old
        assertThat(ingest.ingest(first, feed(rewritten)).updated()).isEqualTo(1);
        int rebuilds = recentItems.rebuilds();

        IngestOutcome outcome = ingest.ingest(second, feed(sameStoryElsewhere(rewritten, 2)));

        assertThat(outcome.duplicates()).isEqualTo(1);
        assertThat(recentItems.rebuilds()).isEqualTo(rebuilds);
        assertThat(ingest.ingest(source("auto"), feed(sameStoryElsewhere(draft, 1))).duplicates())
                .as("the old hash is no longer a twin").isZero();
    }

    @Test
    void anItemRejectedInReviewIsNoLongerATwin() {
        Source queued = source("review");
        Source other = source("auto");
        WireItem rumour = item("Rumour about the pier", "An unconfirmed rumour about the pier.");
        ingest.ingest(queued, feed(rumour));
        ingest.ingest(other, feed(item("Unrelated story", "Something else entirely."))); // the index is in use
        ReviewItem waiting = review.pending(ReviewQueue.MAX_PAGE).stream().filter(r -> r.sourceId() == queued.id())
                .findFirst().orElseThrow();

        review.reject(waiting.id(), null);
        IngestOutcome outcome = ingest.ingest(other, feed(sameStoryElsewhere(rumour, 1)));

        assertPublishedAsNew(outcome);
    }

    @Test
    void aRowChangedBehindTheIndexsBackIsNotTakenForATwin() {
        Source first = source("auto");
        Source second = source("auto");
        WireItem fair = item("Fair comes to town", "The summer fair opens on Saturday.");
        ingest.ingest(first, feed(fair));
        ingest.ingest(second, feed(item("Another story", "Nothing to do with fairs."))); // the index holds the fair

        // as another node or an operator might: the index is not told
        jdbc.sql("UPDATE wire_item SET state = 'rejected' WHERE source_id = :s").param("s", first.id()).update();
        IngestOutcome outcome = ingest.ingest(second, feed(sameStoryElsewhere(fair, 2)));

        assertPublishedAsNew(outcome);
    }

    @Test
    void anItemOlderThanTheWindowIsNoLongerATwinThoughTheIndexWasKept() {
        Source first = source("auto");
        Source second = source("auto");
        WireItem launch = item("Ferry line launched", "A new ferry line starts in May.");
        ingest.ingest(first, feed(launch));
        ingest.ingest(second, feed(item("Yet another story", "Not about ferries.")));

        testClock().advance(IngestService.NEAR_DUPLICATE_WINDOW.plus(Duration.ofMinutes(1)));
        IngestOutcome outcome = ingest.ingest(second, feed(sameStoryElsewhere(launch, 1)));

        assertPublishedAsNew(outcome);
    }

    @Test
    void aPublishedItemsRowLeavesItsBodyToTheStoryWhileAWaitingOneKeepsIt() {
        Source auto = source("auto");
        Source queued = source("review");
        WireItem published = item("Market reopens", "The covered market reopened this morning.");
        WireItem waiting = item("Festival line-up", "The festival announced its line-up.");

        ingest.ingest(auto, feed(published));
        ingest.ingest(queued, feed(waiting));

        assertThat(bodyStored(auto, published)).isEmpty();
        assertThat(bodyStored(queued, waiting)).contains("announced its line-up");
        assertThat(review.pending(ReviewQueue.MAX_PAGE)).filteredOn(r -> r.sourceId() == queued.id())
                .singleElement().satisfies(r -> assertThat(r.body().html()).contains("announced its line-up"));
    }

    @Test
    void theScheduledStoriesQueryStillUsesAnIndexAfterTheRedundantOneWasDropped() {
        List<String> plan = jdbc.sql("""
                EXPLAIN QUERY PLAN SELECT id FROM article WHERE status = 'scheduled' AND published_at <= 0
                ORDER BY published_at, id LIMIT 10
                """).query((rs, n) -> rs.getString("detail")).list();

        assertThat(String.join("\n", plan)).contains("USING COVERING INDEX article_latest").doesNotContain("SCAN");
        assertThat(jdbc.sql("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('article_due', 'wire_item_recent')")
                .query(Long.class).single()).isZero();
    }
}
