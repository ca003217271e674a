package org.broadsheet.syndication;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.broadsheet.testsupport.Eventually.eventually;

/** The store lane: one feed stored at a time, at most one more waiting, a failure is its caller's alone. */
class StoreLaneTest {

    final StoreLane lane = new StoreLane();

    @AfterEach
    void stop() {
        lane.stop();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStoreThatFailsThrowsToItsPollAndTheNextStoreStillRuns() {
        assertThatThrownBy(() -> lane.store(() -> {
            throw new IllegalStateException("disk full");
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");

        assertThat(lane.store(() -> "stored")).isEqualTo("stored");
    }

    @Test
    void storesRunOneAtATimeOnOneThreadAndAThirdPollWaitsBeforeItReads() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicReference<String> firstThread = new AtomicReference<>();
        AtomicReference<String> secondThread = new AtomicReference<>();
        Thread first = Thread.ofVirtual().start(() -> lane.seated(() -> lane.store(() -> {
            firstThread.set(Thread.currentThread().getName());
            firstInside.countDown();
            await(releaseFirst);
            return 1;
        })));
        await(firstInside);
        Thread second = Thread.ofVirtual().start(() -> lane.seated(() -> lane.store(() -> {
            secondThread.set(Thread.currentThread().getName());
            return 2;
        })));
        eventually(Duration.ofSeconds(10), () -> assertThat(lane.seatsTaken()).isEqualTo(StoreLane.SEATS));
        var thirdRead = new java.util.concurrent.atomic.AtomicBoolean();
        Thread third = Thread.ofVirtual().start(() -> lane.seated(() -> {
            thirdRead.set(true);
            return lane.store(() -> 3);
        }));

        eventually(Duration.ofSeconds(10), () -> assertThat(lane.handOversWaiting()).isEqualTo(1));
        assertThat(secondThread.get()).as("the second waits while the first is stored").isNull();
        assertThat(thirdRead).as("the third does not even read yet").isFalse();

        releaseFirst.countDown();
        first.join();
        second.join();
        third.join();
        assertThat(firstThread.get()).isEqualTo("feed-store").isEqualTo(secondThread.get());
        assertThat(lane.seatsTaken()).isZero();
    }
}
