package org.broadsheet.search;

import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.broadsheet.content.ChangeJournal;

/**
 * Journal ids a follower saw skipped. On PostgreSQL ids come from a sequence and transactions
 * commit in any order, so id 41 may become visible after 42 was read: a skipped id is looked for
 * again on every poll for {@link #PATIENCE} (a rolled-back transaction leaves a gap for good).
 */
final class JournalGaps {

    static final Duration PATIENCE = Duration.ofMinutes(1);
    static final int MAX_OPEN = 10_000;

    /** Skipped id -> when it was first noticed (epoch millis). */
    private final Map<Long, Long> open = new LinkedHashMap<>();

    /** Notes the ids between {@code position} and the ids of {@code changes} that were not there. */
    void note(long position, List<ChangeJournal.Change> changes, long now) {
        long expected = position + 1;
        for (ChangeJournal.Change change : changes) {
            for (long id = expected; id < change.id() && open.size() < MAX_OPEN; id++) {
                open.put(id, now);
            }
            expected = change.id() + 1;
        }
    }

    /** The ids still worth looking for; forgets those older than the patience. */
    Set<Long> stillOpen(long now) {
        for (Iterator<Map.Entry<Long, Long>> it = open.entrySet().iterator(); it.hasNext(); ) {
            if (now - it.next().getValue() > PATIENCE.toMillis()) {
                it.remove();
            }
        }
        return Set.copyOf(open.keySet());
    }

    void filled(Collection<Long> ids) {
        ids.forEach(open::remove);
    }
}
