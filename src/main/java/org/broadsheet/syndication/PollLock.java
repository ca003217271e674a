package org.broadsheet.syndication;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * At most one poll per source at a time. On this node a set of running source ids; across nodes
 * sharing a database the cluster lock plugs in here (lock name {@code "source-" + id}).
 */
@Component
class PollLock {

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    /** Runs {@code poll} unless the source is being polled already (then empty). */
    <T> Optional<T> runExclusively(long sourceId, Supplier<T> poll) {
        if (!running.add(sourceId)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(poll.get());
        } finally {
            running.remove(sourceId);
        }
    }

    boolean isRunning(long sourceId) {
        return running.contains(sourceId);
    }
}
