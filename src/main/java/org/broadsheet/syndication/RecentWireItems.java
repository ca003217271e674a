package org.broadsheet.syndication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.broadsheet.syndication.WireItemRepository.Fingerprint;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The near-duplicate index of the items of all sources received within {@link IngestService#NEAR_DUPLICATE_WINDOW},
 * kept across polls: read from the database in full at the first poll after start, when a twin it found no
 * longer qualifies ({@link #find}), and every {@link #REBUILD_EVERY} (expired entries go); otherwise brought up to
 * date at each poll by reading only the rows added since (by id), and told of each updated row ({@link #updated}).
 * Before, every poll read the whole window's fingerprints again.
 * <p>
 * A twin found here is read again from the database before it is used ({@link #verified}): so an entry made
 * stale by another node, a deleted source or a direct change to the table is never taken for a twin, and
 * the index is then read again. Thread-safe (the store thread polls, the review queue updates rows).
 */
@Component
class RecentWireItems {

    /** The whole index is read again at least this often (expired entries go, other nodes' changes come in). */
    static final Duration REBUILD_EVERY = Duration.ofHours(1);

    private final WireItemRepository wires;
    private final Clock clock;
    /** Changes to stored rows that the index may not show (counted up by {@link #invalidate}). */
    private final AtomicLong changes = new AtomicLong();

    private NearDuplicates index;
    private long builtAtChange = -1;
    private Instant builtAt = Instant.MIN;
    /** The highest id read so far: the next refresh reads only rows above it. */
    private long lastId;
    private int rebuilds;

    RecentWireItems(WireItemRepository wires, Clock clock) {
        this.wires = wires;
        this.clock = clock;
        wires.onChange(this::updated);
    }

    /**
     * A row was updated (a content update, a review decision, a kill, an embargo released): its fingerprint as
     * written joins the index when it may be a twin. An older entry of the same row stays until the next full
     * read; should it match, {@link #verified} sees the row as stored and passes it over (or takes it, if the
     * stored row still qualifies). So updates, common on wire feeds, do not cost a full read at the next poll.
     */
    synchronized void updated(WireRecord row) {
        if (index != null && row.receivedAt() != null) {
            Fingerprint f = new Fingerprint(row.id(), row.sourceId(), row.simHash(), row.articleId(), row.state(),
                    row.receivedAt().toEpochMilli());
            if (f.eligible()) {
                index.add(f);
            }
        }
    }

    /**
     * Stored rows changed in a way the index may not show (state, hash, deletion): it is read again before
     * its next use, and again after the current transaction ends (so a read inside it cannot keep stale data).
     */
    void invalidate() {
        changes.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changes.incrementAndGet();
                }
            });
        }
    }

    /** Brings the index up to date with the database: rows added since the last read, or all of it when invalid or old. */
    synchronized void refresh() {
        Instant now = clock.instant();
        long change = changes.get();
        if (index == null || change != builtAtChange || builtAt.isBefore(now.minus(REBUILD_EVERY)) || builtAt.isAfter(now)) {
            long maxId = wires.maxId(); // first: a row added meanwhile is read again by the next refresh (twice is harmless)
            List<Fingerprint> recent = wires.recentFingerprints(now.minus(IngestService.NEAR_DUPLICATE_WINDOW));
            index = new NearDuplicates(recent, IngestService.NEAR_DUPLICATE_BITS);
            lastId = maxId;
            builtAtChange = change;
            builtAt = now;
            rebuilds++;
            return;
        }
        for (Fingerprint f : wires.fingerprintsAfter(lastId)) {
            if (f.eligible()) {
                index.add(f);
            }
            lastId = Math.max(lastId, f.id());
        }
    }

    /**
     * The first item of another source within the near-duplicate distance of {@code simHash}, received within
     * the window, as stored now; null when there is none. Call {@link #refresh} first.
     */
    synchronized Fingerprint find(long simHash, long sourceId) {
        long notBefore = clock.instant().minus(IngestService.NEAR_DUPLICATE_WINDOW).toEpochMilli();
        Fingerprint candidate = index == null ? null : index.find(simHash, sourceId, notBefore);
        if (candidate == null) {
            return null;
        }
        Fingerprint stored = verified(candidate, simHash, sourceId, notBefore);
        if (stored != null) {
            return stored;
        }
        // the index was stale (a change it was not told of): read it again, once, and look again
        invalidate();
        refresh();
        candidate = index.find(simHash, sourceId, notBefore);
        return candidate == null ? null : verified(candidate, simHash, sourceId, notBefore);
    }

    private Fingerprint verified(Fingerprint candidate, long simHash, long sourceId, long notBefore) {
        return wires.fingerprint(candidate.id())
                .filter(f -> f.eligible() && f.sourceId() != sourceId && f.receivedAt() >= notBefore
                        && Long.bitCount(f.simHash() ^ simHash) <= IngestService.NEAR_DUPLICATE_BITS)
                .orElse(null);
    }

    /** How often the whole index was read from the database (for tests). */
    synchronized int rebuilds() {
        return rebuilds;
    }
}
