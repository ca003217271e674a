package org.broadsheet.syndication;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.broadsheet.syndication.fetch.FeedFetcher;
import org.broadsheet.syndication.fetch.FetchRequest;
import org.broadsheet.syndication.fetch.FetchResult;
import org.broadsheet.syndication.parse.FeedParseException;
import org.broadsheet.syndication.parse.FeedReader;
import org.broadsheet.syndication.parse.ParsedFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls due sources on a small bounded pool, one poll per source at a time ({@link PollLock}), and
 * releases held items whose embargo has lifted. A poll is fetch -> read -> ingest -> record health;
 * fetch and read run on the poll's thread, ingest and health on the one {@link StoreLane} thread, so
 * one source's feed is read while another's is stored (at most one read runs beside the store). A
 * source's items are stored in one ingest, in the feed's order; a source whose fetch or read fails is
 * marked so and the others go on.
 */
@Component
public class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final SourceService sources;
    private final IngestService ingest;
    private final PollLock lock;
    private final StoreLane lane;
    private final ObjectProvider<FeedFetcher> fetcher;
    private final ObjectProvider<FeedReader> reader;
    private final boolean enabled;
    private final int threads;
    private final ExecutorService pool;
    private final AtomicInteger queued = new AtomicInteger();

    FeedPoller(SourceService sources, IngestService ingest, PollLock lock, StoreLane lane, ObjectProvider<FeedFetcher> fetcher,
               ObjectProvider<FeedReader> reader,
               @Value("${broadsheet.syndication.poller.enabled:true}") boolean enabled,
               @Value("${broadsheet.syndication.poller.threads:4}") int threads) {
        this.sources = sources;
        this.ingest = ingest;
        this.lock = lock;
        this.lane = lane;
        this.fetcher = fetcher;
        this.reader = reader;
        this.enabled = enabled;
        this.threads = Math.max(1, threads);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "feed-poller-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Every tick: embargoes that lifted, then the due sources (as many as the pool has room for). */
    @Scheduled(initialDelayString = "${broadsheet.syndication.poller.tick-millis:30000}",
            fixedDelayString = "${broadsheet.syndication.poller.tick-millis:30000}")
    void tick() {
        if (!enabled) {
            return;
        }
        try {
            ingest.releaseEmbargoes(sources::find);
            int room = threads * 2 - queued.get();
            if (room <= 0) {
                return;
            }
            for (long id : sources.due(room)) {
                if (lock.isRunning(id)) {
                    continue;
                }
                queued.incrementAndGet();
                pool.execute(() -> {
                    try {
                        pollIfStillDue(id);
                    } catch (RuntimeException e) {
                        log.error("event=source_poll_crashed source_id={}", id, e);
                    } finally {
                        queued.decrementAndGet();
                    }
                });
            }
        } catch (RuntimeException e) {
            log.error("event=poller_tick_failed", e);
        }
    }

    /** Polls the source now (also when paused), unless a poll of it is running already. */
    public PollOutcome pollNow(long sourceId) {
        return pollNow(sourceId, fetcher.getIfAvailable(), reader.getIfAvailable());
    }

    /**
     * A scheduled poll: another node may have polled the source between our look at the due list and
     * taking its lock, so the source is read again under the lock and left alone unless still due.
     */
    private void pollIfStillDue(long sourceId) {
        lock.runExclusively(sourceId, () -> sources.find(sourceId)
                .filter(source -> source.enabled() && !source.health().nextPollAt().isAfter(sources.now()))
                .map(source -> poll(source, fetcher.getIfAvailable(), reader.getIfAvailable())));
    }

    PollOutcome pollNow(long sourceId, FeedFetcher feedFetcher, FeedReader feedReader) {
        return lock.runExclusively(sourceId, () -> sources.find(sourceId)
                        .map(source -> poll(source, feedFetcher, feedReader))
                        .orElseGet(() -> PollOutcome.failed("There is no such source.")))
                .orElseGet(() -> PollOutcome.failed("A poll of this source is running already; try again in a moment."));
    }

    /** fetch -> read -> ingest -> record health. */
    private PollOutcome poll(Source source, FeedFetcher feedFetcher, FeedReader feedReader) {
        if (feedFetcher == null || feedReader == null) {
            sources.pollFailed(source, "This installation cannot fetch feeds (no feed reader is installed).", null);
            return PollOutcome.failed("This installation cannot fetch feeds (no feed reader is installed).");
        }
        try {
            FetchResult result = feedFetcher.fetch(new FetchRequest(URI.create(source.feedUrl()),
                    source.health().etag(), source.health().lastModified()));
            return switch (result) {
                case FetchResult.NotModified notModified -> {
                    sources.pollSucceeded(source, source.health().etag(), source.health().lastModified());
                    yield PollOutcome.notModified();
                }
                case FetchResult.Failed failed -> {
                    sources.pollFailed(source, failed.reason(), failed.retryAfter());
                    yield PollOutcome.failed(failed.reason());
                }
                case FetchResult.Fetched fetched -> lane.seated(() -> readAndIngest(source, fetched, feedReader));
            };
        } catch (RuntimeException e) {
            log.error("event=source_poll_crashed source_id={}", source.id(), e);
            String reason = "Something went wrong on our side while polling this feed.";
            sources.pollFailed(source, reason, null);
            return PollOutcome.failed(reason);
        }
    }

    private PollOutcome readAndIngest(Source source, FetchResult.Fetched fetched, FeedReader feedReader) {
        ParsedFeed feed;
        try {
            feed = feedReader.read(fetched.body(), fetched.contentType(), fetched.finalUrl());
        } catch (FeedParseException e) {
            sources.pollFailed(source, e.getMessage(), null);
            return PollOutcome.failed(e.getMessage());
        }
        return lane.store(() -> {
            IngestOutcome outcome = ingest.ingest(source, feed);
            sources.pollSucceeded(source, fetched.etag(), fetched.lastModified());
            return PollOutcome.of(outcome);
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
