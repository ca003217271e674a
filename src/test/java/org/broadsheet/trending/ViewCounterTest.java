package org.broadsheet.trending;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ViewCounterTest {

    /** A clock the test moves forward. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final TestClock clock = new TestClock();
    final ViewCounter counter = new ViewCounter(clock);

    @Test
    void viewsCountOnlyOnceFlushed() {
        counter.count(7);
        counter.count(7);
        assertThat(counter.score(7)).isZero();

        counter.flush();

        assertThat(counter.score(7)).isEqualTo(2.0);
    }

    @Test
    void aScoreHalvesEveryHalfLife() {
        for (int i = 0; i < 8; i++) {
            counter.count(1);
        }
        counter.flush();

        clock.now = clock.now.plus(ViewCounter.HALF_LIFE);
        assertThat(counter.score(1)).isCloseTo(4.0, within(1e-9));
        clock.now = clock.now.plus(ViewCounter.HALF_LIFE.multipliedBy(2));
        assertThat(counter.score(1)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aStoryReadNowOutranksOneReadMoreEarlier() {
        for (int i = 0; i < 10; i++) {
            counter.count(1);
        }
        counter.flush();
        clock.now = clock.now.plus(Duration.ofHours(12));
        for (int i = 0; i < 3; i++) {
            counter.count(2);
        }
        counter.flush();

        assertThat(counter.top(2)).containsExactly(2L, 1L);
    }

    @Test
    void longForgottenStoriesAreDropped() {
        counter.count(3);
        counter.flush();
        clock.now = clock.now.plus(Duration.ofDays(7));

        counter.flush();

        assertThat(counter.top(5)).isEmpty();
    }

    @Test
    void invalidIdsAreNotCounted() {
        assertThat(counter.count(0)).isFalse();
        assertThat(counter.count(-4)).isFalse();
    }

    @Test
    void obviousBotsAreRecognisedByTheirUserAgent() {
        assertThat(ViewBeaconController.isBot("Mozilla/5.0 (compatible; Googlebot/2.1)")).isTrue();
        assertThat(ViewBeaconController.isBot("curl/8.5.0")).isTrue();
        assertThat(ViewBeaconController.isBot("")).isTrue();
        assertThat(ViewBeaconController.isBot(null)).isTrue();
        assertThat(ViewBeaconController.isBot("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"))
                .isFalse();
    }
}
