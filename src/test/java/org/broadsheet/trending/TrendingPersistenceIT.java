package org.broadsheet.trending;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import org.broadsheet.testsupport.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Trending scores live in the database: they survive a restart and add up the views of every node. */
class TrendingPersistenceIT extends AppTest {

    @Autowired
    ViewStore store;
    @Autowired
    Clock clock;

    @Test
    void views_counted_before_a_restart_still_count_after_it() {
        long story = someStoryId();
        ViewCounter before = new ViewCounter(clock, store);
        for (int i = 0; i < 4; i++) {
            before.count(story);
        }
        before.flush();

        ViewCounter afterRestart = new ViewCounter(clock, store);
        afterRestart.reload();

        assertThat(afterRestart.score(story)).isCloseTo(4.0, within(0.1));
        assertThat(afterRestart.top(1_000)).contains(story);
    }

    @Test
    void each_node_sees_the_views_of_all_nodes() {
        long story = someStoryId();
        ViewCounter nodeA = new ViewCounter(clock, store);
        ViewCounter nodeB = new ViewCounter(clock, store);
        nodeA.count(story);
        nodeA.count(story);
        nodeB.count(story);
        nodeB.count(story);
        nodeB.count(story);
        nodeA.flush();
        nodeB.flush();

        nodeA.reload();

        assertThat(nodeA.score(story)).isCloseTo(5.0, within(0.1));
    }

    @Test
    void views_older_than_the_window_are_forgotten() {
        long story = someStoryId();
        long longAgo = clock.millis() - ViewCounter.WINDOW.toMillis() - ViewStore.BUCKET.toMillis();
        store.add(java.util.Map.of(story, 1_000L), longAgo);

        ViewCounter counter = new ViewCounter(clock, store);
        counter.reload();

        assertThat(counter.score(story)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM story_views WHERE article_id = :id").param("id", story)
                .query(Long.class).single()).isZero();
    }

    private static long someStoryId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    }
}
