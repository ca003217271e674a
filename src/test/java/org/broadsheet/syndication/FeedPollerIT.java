package org.broadsheet.syndication;

import java.time.Duration;

import org.broadsheet.content.Category;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.syndication.SyndicationTestSupport.settings;
import static org.broadsheet.syndication.SyndicationTestSupport.with;

/** Polling: fetch, read, ingest and record health; failures back off and mark a source failing, others go on. */
class FeedPollerIT extends AccountsAppTest {

    @Autowired
    FeedPoller poller;
    @Autowired
    SourceService sources;
    @Autowired
    TaxonomyService taxonomy;
    @Autowired
    org.broadsheet.syndication.parse.FeedReader reader;
    @Autowired
    StoreLane lane;

    TestFeeds feeds;
    Category category;

    @BeforeEach
    void start() throws Exception {
        feeds = new TestFeeds();
        category = SyndicationTestSupport.category(taxonomy, "Wire");
    }

    @AfterEach
    void stop() {
        feeds.close();
        testClock().reset();
    }

    private Source source(String path) {
        return sources.create(with(settings(Unique.name("Polled Wire"), category.slug(), "auto"), "url", feeds.url(path)), null);
    }

    /** A poll through the application's own fetcher and reader, as the scheduler and "Poll now" do. */
    private PollOutcome poll(Source source) {
        return poller.pollNow(source.id());
    }

    @Test
    void aPollStoresNewItemsAndRecordsTheSourcesHealth() {
        feeds.serveRss("/good.txt", "a1|Lighthouse restored|The lighthouse shines again.\na2|Pier reopens|The pier is open.");
        Source source = source("/good.txt");

        PollOutcome outcome = poll(source);

        assertThat(outcome.fetched()).isTrue();
        assertThat(outcome.created()).isEqualTo(2);
        Source.Health health = sources.find(source.id()).orElseThrow().health();
        assertThat(health.lastStatus()).isEqualTo("ok");
        assertThat(health.lastPolledAt()).isNotNull();
        assertThat(health.itemCount()).isEqualTo(2);
        assertThat(health.nextPollAt()).isAfter(health.lastPolledAt().plus(Duration.ofMinutes(14)));
        assertThat(poll(source).created()).isZero();
    }

    @Test
    void aSourceFailingFiveTimesInARowIsMarkedFailingWhileAnotherKeepsWorking() {
        feeds.serve("/broken.txt", "");
        feeds.fail("/broken.txt", 500);
        feeds.serveRss("/fine.txt", "b1|Tram line extended|The tram goes further.");
        Source broken = source("/broken.txt");
        Source fine = source("/fine.txt");

        for (int i = 1; i <= SourceService.FAILING_AFTER; i++) {
            PollOutcome failed = poll(broken);
            assertThat(failed.error()).contains("500");
            assertThat(failed.fetched()).isFalse();
            Source.Health health = sources.find(broken.id()).orElseThrow().health();
            assertThat(health.consecutiveFailures()).isEqualTo(i);
            assertThat(health.failing()).isEqualTo(i >= SourceService.FAILING_AFTER);
            assertThat(health.nextPollAt()).as("backs off exponentially")
                    .isAfterOrEqualTo(health.lastPolledAt().plus(Duration.ofMinutes(15L << Math.min(i, 6)).minusSeconds(1)));
            assertThat(poll(fine).error()).isNull();
        }

        Source.Health health = sources.find(broken.id()).orElseThrow().health();
        assertThat(health.lastStatus()).isEqualTo("failing");
        assertThat(health.lastError()).contains("500");
        assertThat(sources.find(fine.id()).orElseThrow().health().lastStatus()).isEqualTo("ok");
        assertThat(sources.find(fine.id()).orElseThrow().health().itemCount()).isEqualTo(1);

        feeds.serveRss("/broken.txt", "c1|Back again|The feed works.");
        assertThat(poll(broken).created()).isEqualTo(1);
        assertThat(sources.find(broken.id()).orElseThrow().health().consecutiveFailures()).isZero();
    }

    @Test
    void backoffDoublesWithEachFailureUpToADay() {
        assertThat(SourceService.backoff(Duration.ofMinutes(15), 1)).isEqualTo(Duration.ofMinutes(30));
        assertThat(SourceService.backoff(Duration.ofMinutes(15), 3)).isEqualTo(Duration.ofMinutes(120));
        assertThat(SourceService.backoff(Duration.ofMinutes(15), 30)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aPollOfAPollingSourceIsRefused() throws Exception {
        feeds.serveRss("/slow.txt", "d1|Slow|Slow feed.");
        Source source = source("/slow.txt");
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        var slowFetcher = (org.broadsheet.syndication.fetch.FeedFetcher) request -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TestFeeds.fetcher().fetch(request);
        };
        Thread first = Thread.ofVirtual().start(() -> poller.pollNow(source.id(), slowFetcher, reader));
        inside.await();

        PollOutcome second = poll(source);
        release.countDown();
        first.join();

        assertThat(second.error()).contains("running already");
    }

    private void lockRow(Source source, java.time.Instant until) {
        jdbc.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (:name, :until, :at, 'node-b')")
                .param("name", "source-" + source.id()).param("until", java.sql.Timestamp.from(until))
                .param("at", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(5))).update();
    }

    @Test
    void aSourceAnotherNodeIsPollingIsLeftAlone() {
        feeds.serveRss("/shared.txt", "f1|Shared|Polled elsewhere.");
        Source source = source("/shared.txt");
        lockRow(source, java.time.Instant.now().plusSeconds(600));

        PollOutcome outcome = poll(source);

        assertThat(outcome.error()).contains("running already");
        assertThat(feeds.requests.get()).isZero();
    }

    @Test
    void aLockLeftFromAnEarlierRunIsTakenOverOnceItHasExpired() {
        feeds.serveRss("/earlier.txt", "g1|Earlier|Polled before a restart.");
        Source source = source("/earlier.txt");
        lockRow(source, java.time.Instant.now().minusSeconds(60));

        assertThat(poll(source).created()).isEqualTo(1);
        assertThat(poll(source).error()).isNull();
    }

    @Test
    void theSchedulerPollsDueSources() {
        feeds.serveRss("/scheduled.txt", "e1|Scheduled story|Polled by the scheduler.");
        Source source = sources.create(with(with(settings(Unique.name("Scheduled Wire"), category.slug(), "auto"),
                "url", feeds.url("/scheduled.txt")), "enabled", "true"), null);

        org.broadsheet.testsupport.Eventually.eventually(Duration.ofSeconds(20), () ->
                assertThat(sources.find(source.id()).orElseThrow().health().itemCount()).isEqualTo(1));
        assertThat(sources.find(source.id()).orElseThrow().health().lastStatus()).isEqualTo("ok");
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(20, java.util.concurrent.TimeUnit.SECONDS)).as("waited too long").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSourcesFeedIsReadWhileAnotherSourcesFeedIsBeingStored() throws Exception {
        feeds.serveRss("/next.txt", "n1|Next story|Read while another feed is stored.");
        Source next = source("/next.txt");
        var storing = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var read = new java.util.concurrent.CountDownLatch(1);
        Thread otherStore = Thread.ofVirtual().start(() -> lane.store(() -> { // another source's feed being stored
            storing.countDown();
            await(release);
            return null;
        }));
        await(storing);
        org.broadsheet.syndication.parse.FeedReader watched = (body, type, url) -> {
            var feed = reader.read(body, type, url);
            read.countDown();
            return feed;
        };
        var outcome = new java.util.concurrent.atomic.AtomicReference<PollOutcome>();
        Thread poll = Thread.ofVirtual().start(() -> outcome.set(poller.pollNow(next.id(), TestFeeds.fetcher(), watched)));

        await(read);
        assertThat(outcome.get()).as("stored only once the other feed is").isNull();
        release.countDown();
        otherStore.join();
        poll.join();

        assertThat(outcome.get().created()).isEqualTo(1);
        assertThat(sources.find(next.id()).orElseThrow().health().lastStatus()).isEqualTo("ok");
    }

    @Test
    void twoSourcesPolledAtOnceHaveTheirItemsStoredInTheirFeedsOrder() throws Exception {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        java.util.List<String> guidsA = new java.util.ArrayList<>();
        java.util.List<String> guidsB = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) { // guids that do not sort in feed order
            String ga = "oa" + ((i * 37) % 120) + "x" + i;
            String gb = "ob" + ((i * 53) % 120) + "y" + i;
            guidsA.add(ga);
            guidsB.add(gb);
            a.append(ga).append("|Ferry timetable change number ").append(i).append("|Ferries run ").append(i).append(" times.\n");
            b.append(gb).append("|Museum night number ").append(i).append("|The museum stays open ").append(i).append(" hours.\n");
        }
        feeds.serveRss("/order-a.txt", a.toString().strip());
        feeds.serveRss("/order-b.txt", b.toString().strip());
        Source sourceA = source("/order-a.txt");
        Source sourceB = source("/order-b.txt");

        var outcomeA = new java.util.concurrent.atomic.AtomicReference<PollOutcome>();
        Thread pollA = Thread.ofVirtual().start(() -> outcomeA.set(poll(sourceA)));
        PollOutcome outcomeB = poll(sourceB);
        pollA.join();

        assertThat(outcomeA.get().created()).isEqualTo(120);
        assertThat(outcomeB.created()).isEqualTo(120);
        for (var expected : java.util.Map.of(sourceA.id(), guidsA, sourceB.id(), guidsB).entrySet()) {
            assertThat(jdbc.sql("SELECT guid FROM wire_item WHERE source_id = :id ORDER BY id").param("id", expected.getKey())
                    .query(String.class).list()).containsExactlyElementsOf(expected.getValue());
            assertThat(jdbc.sql("SELECT article_id FROM wire_item WHERE source_id = :id ORDER BY id").param("id", expected.getKey())
                    .query(Long.class).list()).isSorted();
        }
    }

    @Test
    void aFeedThatCannotBeReadFailsOnlyItsSourceWhileAnotherSourcesFeedIsStored() throws Exception {
        feeds.serve("/garbage.txt", "This is not a feed at all, just words.", "application/rss+xml");
        feeds.serveRss("/sound.txt", "s1|Bridge reopens|The bridge is open.\ns2|Library extends hours|Open late.");
        Source garbage = source("/garbage.txt");
        Source sound = source("/sound.txt");

        var failed = new java.util.concurrent.atomic.AtomicReference<PollOutcome>();
        Thread pollGarbage = Thread.ofVirtual().start(() -> failed.set(poll(garbage)));
        PollOutcome stored = poll(sound);
        pollGarbage.join();

        assertThat(failed.get().error()).contains("not a feed");
        assertThat(sources.find(garbage.id()).orElseThrow().health().consecutiveFailures()).isEqualTo(1);
        assertThat(stored.error()).isNull();
        assertThat(stored.created()).isEqualTo(2);
        assertThat(sources.find(sound.id()).orElseThrow().health().lastStatus()).isEqualTo("ok");
    }
}
