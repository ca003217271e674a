package org.broadsheet.syndication;

import java.time.Instant;
import java.util.List;

import org.broadsheet.content.ArticleService;
import org.broadsheet.content.Category;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.syndication.parse.WireItem;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.OnPostgres;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.syndication.SyndicationTestSupport.settings;
import static org.broadsheet.syndication.SyndicationTestSupport.with;
import static org.broadsheet.syndication.Wire.feed;
import static org.broadsheet.syndication.Wire.item;

/** Sources, wire items, the review queue, kills and polling health on PostgreSQL (their other tests run on SQLite). */
@OnPostgres
class SyndicationStorePostgresIT extends AppTest {

    @Autowired
    SourceService sources;
    @Autowired
    IngestService ingest;
    @Autowired
    ReviewQueue review;
    @Autowired
    FeedPoller poller;

    @Test
    void itemsAreStoredOnceUpdatedReviewedAndWithdrawnOnPostgres() {
        Category category = SyndicationTestSupport.category(taxonomy, "Pg");
        Source auto = sources.create(with(settings(Unique.name("Pg Wire"), category.slug(), "auto"),
                "categoryMap", "Sport = " + category.slug()), null);
        Source queued = sources.create(with(with(settings(Unique.name("Pg Review"), category.slug(), "review"),
                "allowRewrite", "true"), "duplicatePolicy", "also"), null);
        WireItem story = item("Pg story", "Stored on PostgreSQL.");

        assertThat(ingest.ingest(auto, feed(story)).created()).isEqualTo(1);
        assertThat(ingest.ingest(auto, feed(story)).unchanged()).isEqualTo(1);
        assertThat(ingest.ingest(auto, feed(Wire.changed(story, "Changed on PostgreSQL."))).updated()).isEqualTo(1);
        assertThat(ingest.ingest(queued, feed(Wire.sameStoryElsewhere(story, 1))).duplicates()).isEqualTo(1);
        WireItem waiting = item("Pg queued", "Waiting on PostgreSQL.");
        ingest.ingest(queued, feed(waiting, Wire.embargoedUntil(item("Pg embargo", "Later."), Instant.now().plusSeconds(3600))));
        long id = review.pending(ReviewQueue.MAX_PAGE).stream().filter(r -> r.sourceId() == queued.id()).findFirst().orElseThrow().id();
        long articleId = review.approve(id, "Pg headline " + id, null, null);
        assertThat(articles.findAnyStatus(articleId).orElseThrow().syndication().originalTitle()).isEqualTo("Pg queued");
        assertThat(ingest.releaseEmbargoes(sources::find)).isZero();

        ingest.ingest(auto, feed(Wire.withdrawn(story)));
        assertThat(articles.fromSourceId(auto.id(), Cursor.START, 10).items()).isEmpty();
        assertThat(articles.fromSourceId(queued.id(), Cursor.START, 10).items()).hasSize(1);

        PollOutcome failed = poller.pollNow(auto.id(), request -> new org.broadsheet.syndication.fetch.FetchResult.Failed(
                "The server answered 503.", 503, java.time.Duration.ofHours(2)), TestFeeds.reader());
        assertThat(failed.error()).contains("503");
        Source.Health health = sources.find(auto.id()).orElseThrow().health();
        assertThat(health.consecutiveFailures()).isEqualTo(1);
        assertThat(health.nextPollAt()).as("Retry-After is honoured").isAfter(Instant.now().plusSeconds(7000));
        assertThat(sources.due(100)).doesNotContain(auto.id());
        assertThat(sources.delete(queued.id(), null)).isTrue();
        assertThat(List.of(sources.find(queued.id()).isPresent())).containsExactly(false);
    }
}
