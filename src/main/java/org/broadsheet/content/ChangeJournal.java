package org.broadsheet.content;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

    ChangeJournal(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Must be called inside the transaction that made the change. */
    void record(String entity, long entityId, String action) {
        jdbc.sql("""
                INSERT INTO content_change (entity, entity_id, action, changed_at)
                VALUES (:entity, :entityId, :action, :changedAt)
                """)
                .param("entity", entity)
                .param("entityId", entityId)
                .param("action", action)
                .param("changedAt", clock.millis())
                .update();
    }

    /** The id of the newest change, 0 when there is none: where a projection built now starts following. */
    public long head() {
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
}
