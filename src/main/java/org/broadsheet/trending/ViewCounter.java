package org.broadsheet.trending;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Story views: a beacon only bumps a counter in memory; every few seconds the counters are folded
 * in one batch into a decaying score per story (a view loses half its weight every
 * {@link #HALF_LIFE}), so the score says what readers read now, and the batch is added to the
 * database ({@link ViewStore}). Every minute, and at start, the scores are read back from the
 * database: trending survives restarts and counts the views of every node. Nothing about the
 * reader is kept.
 */
@Component
public class ViewCounter {

    static final Duration HALF_LIFE = Duration.ofHours(4);
    /** Bounds memory against made-up ids: beyond this many distinct stories between flushes, views are dropped. */
    static final int MAX_PENDING = 20_000;
    /** Scores that decayed below this are forgotten. */
    static final double FORGET_BELOW = 0.01;
    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

    private record Score(double value, long atMillis) {
    }

    /**
     * How far back the database is read (six half-lives); older views weigh less than 1/64 and are deleted.
     * In seconds, not {@code multipliedBy}: that initialises BigDecimal, about 10 ms of the start.
     */
    static final Duration WINDOW = Duration.ofSeconds(HALF_LIFE.toSeconds() * 6);

    private final Clock clock;
    private final ViewStore store;
    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private volatile Map<Long, Score> scores = new ConcurrentHashMap<>();

    /** In memory only (tests of the scoring). */
    ViewCounter(Clock clock) {
        this(clock, null);
    }

    @Autowired
    ViewCounter(Clock clock, ViewStore store) {
        this.clock = clock;
        this.store = store;
    }

    /** Counts one view; false when it was dropped. */
    public boolean count(long articleId) {
        if (articleId <= 0 || pending.size() >= MAX_PENDING && !pending.containsKey(articleId)) {
            return false;
        }
        pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
        return true;
    }

    /** Folds the counted views into the scores. */
    @Scheduled(fixedDelayString = "${broadsheet.trending.flush-millis:5000}")
    public synchronized void flush() {
        long now = clock.millis();
        Map<Long, Long> batch = new HashMap<>();
        for (Map.Entry<Long, LongAdder> e : pending.entrySet()) {
            long n = e.getValue().sumThenReset();
            if (n == 0) {
                pending.remove(e.getKey(), e.getValue());
                continue;
            }
            batch.put(e.getKey(), n);
            scores.merge(e.getKey(), new Score(n, now), (old, added) -> new Score(decayed(old, now) + n, now));
        }
        scores.entrySet().removeIf(e -> decayed(e.getValue(), now) < FORGET_BELOW);
        if (!batch.isEmpty()) {
            if (store != null) {
                try {
                    store.add(batch, now);
                } catch (RuntimeException e) {
                    log.warn("event=views_not_stored stories={} error=\"{}\"", batch.size(), e.getMessage());
                }
            }
            log.debug("event=views_flushed stories={}", batch.size());
        }
    }

    /**
     * Replaces the scores with those of the views in the database (all nodes' views of the last
     * {@link #WINDOW}, each bucket decayed from its time) and deletes older buckets.
     */
    @Scheduled(initialDelay = 0, fixedDelayString = "${broadsheet.trending.reload-millis:60000}")
    public synchronized void reload() {
        if (store == null) {
            return;
        }
        long now = clock.millis();
        try {
            Map<Long, Score> loaded = new ConcurrentHashMap<>();
            store.since(now - WINDOW.toMillis(), views -> loaded.merge(views.articleId(),
                    new Score(decayed(new Score(views.views(), views.bucket()), now), now),
                    (a, b) -> new Score(a.value() + b.value(), now)));
            loaded.values().removeIf(score -> score.value() < FORGET_BELOW);
            scores = loaded;
            store.forgetBefore(now - WINDOW.toMillis());
        } catch (RuntimeException e) {
            log.warn("event=views_not_loaded error=\"{}\"", e.getMessage());
        }
    }

    /** The story's score now: its views, each weighed by how recent it is. */
    public double score(long articleId) {
        Score s = scores.get(articleId);
        return s == null ? 0 : decayed(s, clock.millis());
    }

    /** Ids of the {@code limit} stories with the highest scores, highest first. */
    public List<Long> top(int limit) {
        long now = clock.millis();
        return scores.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<Long, Score> e) -> decayed(e.getValue(), now)).reversed())
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static double decayed(Score s, long now) {
        double halfLives = Math.max(0, now - s.atMillis()) / (double) HALF_LIFE.toMillis();
        return s.value() * Math.pow(0.5, halfLives);
    }
}
