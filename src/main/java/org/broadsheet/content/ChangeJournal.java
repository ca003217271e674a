package org.broadsheet.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code content_change} journal. Every content write appends here inside its own
 * transaction; the search index and caches follow it from their stored position.
 */
@Component
public class ChangeJournal {

    public record Change(long id, String entity, long entityId, String action, long changedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ChangeJournal(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Must be called inside the transaction that made the change. */
    void record(String entity, long entityId, String action) {
        long id = jdbc.sql("""
                INSERT INTO content_change (entity, entity_id, action, changed_at)
                VALUES (:entity, :entityId, :action, :changedAt)
                RETURNING id
                """)
                .param("entity", entity)
                .param("entityId", entityId)
                .param("action", action)
                .param("changedAt", clock.millis())
                .query(Long.class)
                .single();
        ContentChanged event = new ContentChanged(id, entity, entityId, action);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(event);
                }
            });
        } else {
            events.publishEvent(event);
        }
    }

    /**
     * Journals the same change of many entities (a batch of stories a feed brought) in one statement
     * per 500, and publishes their {@link ContentChanged} events, in journal order, from ONE
     * after-commit callback. Must be called inside the transaction that made the changes.
     */
    void recordAll(String entity, List<Long> entityIds, String action) {
        if (entityIds.isEmpty()) {
            return;
        }
        long changedAt = clock.millis();
        List<ContentChanged> changed = new ArrayList<>(entityIds.size());
        for (int from = 0; from < entityIds.size(); from += 500) {
            List<Object[]> rows = new ArrayList<>();
            for (long id : entityIds.subList(from, Math.min(entityIds.size(), from + 500))) {
                rows.add(new Object[] {entity, id, action, changedAt});
            }
            // a multi-row insert returns its rows in no promised order: each names its entity
            jdbc.sql("INSERT INTO content_change (entity, entity_id, action, changed_at) VALUES :rows RETURNING id, entity_id")
                    .param("rows", rows)
                    .query((rs, n) -> changed.add(new ContentChanged(rs.getLong(1), entity, rs.getLong(2), action)))
                    .list();
        }
        changed.sort(Comparator.comparingLong(ContentChanged::journalId));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(new ContentChanges(List.copyOf(changed)));
                }
            });
        } else {
            events.publishEvent(new ContentChanges(List.copyOf(changed)));
        }
    }

    /** The id of the newest change, 0 when there is none. */
    public long latestPosition() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM content_change").query(Long.class).single();
    }

    /** Changes after {@code position}, oldest first. */
    public List<Change> after(long position, int limit) {
        return jdbc.sql("""
                SELECT id, entity, entity_id, action, changed_at FROM content_change
                WHERE id > :position ORDER BY id LIMIT :limit
                """)
                .param("position", position)
                .param("limit", limit)
                .query(Change.class)
                .list();
    }

    /** The changes with these ids that exist now (a follower rechecks ids it saw skipped), oldest first. */
    public List<Change> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, entity, entity_id, action, changed_at FROM content_change
                WHERE id IN (:ids) ORDER BY id
                """)
                .param("ids", ids)
                .query(Change.class)
                .list();
    }
}
