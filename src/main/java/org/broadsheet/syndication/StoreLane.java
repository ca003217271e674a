package org.broadsheet.syndication;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * The one thread that stores read feeds ({@code feed-store}). A poll fetches and reads its feed on its
 * own thread, then hands the parsed feed over here and waits for the outcome; meanwhile the next
 * source's fetch and read go on, so reading one feed overlaps storing another. Bounded: one feed is
 * being stored and at most one more waits for its turn (in arrival order); a poll with a third parsed
 * feed waits before handing it over. One writer also means polls never contend for the database's
 * write lock (SQLite has one). A failure in one hand-over is that poll's alone: the lane goes on.
 */
@Component
class StoreLane {

    /** One feed being stored plus one waiting. */
    static final int SEATS = 2;

    private final Semaphore seats = new Semaphore(SEATS, true);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("feed-store").factory());
    private volatile Thread storeThread;

    /** Runs {@code store} on the store thread and returns its result (or throws what it threw). */
    <T> T store(Supplier<T> store) {
        if (Thread.currentThread() == storeThread) {
            return store.get(); // already on the lane (never expected; keeps a nested call from waiting on itself)
        }
        seats.acquireUninterruptibly();
        try {
            Future<T> result = thread.submit(() -> {
                storeThread = Thread.currentThread();
                return store.get();
            });
            return outcome(result);
        } finally {
            seats.release();
        }
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

    /** Feeds handed over and not yet stored (being stored or waiting). */
    int seatsTaken() {
        return SEATS - seats.availablePermits();
    }

    /** Polls with a read feed waiting to hand it over (the lane is full). */
    int handOversWaiting() {
        return seats.getQueueLength();
    }

    @PreDestroy
    void stop() {
        thread.shutdown();
    }
}
