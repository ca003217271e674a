package org.broadsheet.trending;

import java.time.Clock;
import java.util.Map;

import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The views table's upsert and window on PostgreSQL. */
@OnPostgres
class TrendingPostgresIT extends AppTest {

    @Autowired
    ViewStore store;
    @Autowired
    Clock clock;

    @Test
    void batches_of_views_add_up_in_their_bucket() {
        long story = 3_000_000_000L + System.nanoTime() % 1_000_000;
        store.add(Map.of(story, 2L), clock.millis());
        store.add(Map.of(story, 3L), clock.millis());

        ViewCounter counter = new ViewCounter(clock, store);
        counter.reload();

        assertThat(counter.score(story)).isCloseTo(5.0, within(0.1));
    }
}
