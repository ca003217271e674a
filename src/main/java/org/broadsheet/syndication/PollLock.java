package org.broadsheet.syndication;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * At most one poll per source at a time: on this node a set of running source ids, and across nodes
 * sharing a database a cluster lock (ShedLock) named {@code "source-" + id}.
 */
@Component
class PollLock {

    /** A poll never takes this long (the fetcher has timeouts); a crashed node's lock expires after it. */
    static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final LockingTaskExecutor cluster;

    PollLock(LockingTaskExecutor cluster) {
        this.cluster = cluster;
    }

    /** Runs {@code poll} unless the source is being polled already, here or on another node (then empty). */
    <T> Optional<T> runExclusively(long sourceId, Supplier<T> poll) {
        if (!running.add(sourceId)) {
            return Optional.empty();
        }
        try {
            LockingTaskExecutor.TaskResult<T> result = cluster.executeWithLock(poll::get,
                    new LockConfiguration(Instant.now(), "source-" + sourceId, LOCK_AT_MOST, Duration.ZERO));
            return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        } finally {
            running.remove(sourceId);
        }
    }

    boolean isRunning(long sourceId) {
        return running.contains(sourceId);
    }
}
