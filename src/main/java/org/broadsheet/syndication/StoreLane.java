package org.broadsheet.syndication;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * The one thread that stores read feeds ({@code feed-store}). A poll fetches its feed on its own thread,
 * takes one of two seats ({@link #seated}), reads the feed, hands it over here ({@link #store}) and waits
 * for the outcome. So the next source's feed is read while the current one is stored, and no more: one
 * feed is being stored and at most one more is read or waits for its turn (a third poll waits for a seat
 * before reading, so memory and the other core stay bounded). One writer also means polls never contend
 * for the database's write lock (SQLite has one). A failure in one poll is that poll's alone.
 */
@Component
class StoreLane {

    /** One feed being stored plus one being read or waiting. */
    static final int SEATS = 2;

    private final Semaphore seats = new Semaphore(SEATS, true);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("feed-store").factory());
    private volatile Thread storeThread;
    /** Wall time the store thread has spent storing (for the benchmark: is the store the critical path?). */
    private final AtomicLong busyNanos = new AtomicLong();

    /** Runs {@code poll} (read, then {@link #store}) once a seat is free, in arrival order. */
    <T> T seated(Supplier<T> poll) {
        seats.acquireUninterruptibly();
        try {
            return poll.get();
        } finally {
            seats.release();
        }
    }

    /** Runs {@code store} on the store thread and returns its result (or throws what it threw). */
    <T> T store(Supplier<T> store) {
        if (Thread.currentThread() == storeThread) {
            return store.get(); // already on the lane (never expected; keeps a nested call from waiting on itself)
        }
        Future<T> result = thread.submit(() -> {
            storeThread = Thread.currentThread();
            long start = System.nanoTime();
            try {
                return store.get();
            } finally {
                busyNanos.addAndGet(System.nanoTime() - start);
            }
        });
        return outcome(result);
    }

    /** Waits for the store to finish, even when interrupted (it holds a seat until then), and unwraps its failure. */
    private static <T> T outcome(Future<T> result) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Wall time spent storing so far, in nanoseconds. */
    long busyNanos() {
        return busyNanos.get();
    }

    /** Polls seated (reading, waiting or being stored). */
    int seatsTaken() {
        return SEATS - seats.availablePermits();
    }

    /** Polls waiting for a seat before they read. */
    int handOversWaiting() {
        return seats.getQueueLength();
    }

    @PreDestroy
    void stop() {
        thread.shutdown();
    }
}
