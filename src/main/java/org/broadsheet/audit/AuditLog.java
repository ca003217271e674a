package org.broadsheet.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.broadsheet.accounts.Account;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who did what to which story, setting or user, and when. Call {@link #record} inside the
 * transaction of the change it describes, so the log and the change are written together.
 */
@Service
public class AuditLog {

    public static final int MAX_PAGE_SIZE = 200;
    private static final String SYSTEM = "the system";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param actor       who did it; null when the system did (scheduler, feed poller, command line)
     * @param action      a short verb such as "published", "updated", "deleted", "role changed"
     * @param subjectType "story", "category", "setting", "user", "token", "source", ...
     * @param subjectId   the subject's id or key
     * @param summary     one plain sentence for people, e.g. the story's headline
     */
    public void record(Account actor, String action, String subjectType, String subjectId, String summary) {
        jdbc.sql("""
                INSERT INTO audit_log (actor_id, actor_name, action, subject_type, subject_id, summary, created_at)
                VALUES (:actorId, :actorName, :action, :subjectType, :subjectId, :summary, :now)
                """)
                .param("actorId", actor == null ? null : actor.id())
                .param("actorName", actor == null ? SYSTEM : actor.displayName() + " <" + actor.email() + ">")
                .param("action", action).param("subjectType", subjectType)
                .param("subjectId", subjectId == null ? "" : subjectId)
                .param("summary", summary == null ? "" : summary)
                .param("now", clock.millis())
                .update();
    }

    /**
     * Newest first, {@code limit} entries older than the entry {@code beforeId} (null: from the newest),
     * optionally only of one subject type and/or one actor.
     */
    public List<AuditEntry> page(Long beforeId, String subjectType, Long actorId, int limit) {
        // fixed fragments only, never input: PostgreSQL cannot type "? IS NULL" for a null parameter
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        if (beforeId != null) {
            where.append(" AND id < :beforeId");
        }
        if (subjectType != null) {
            where.append(" AND subject_type = :subjectType");
        }
        if (actorId != null) {
            where.append(" AND actor_id = :actorId");
        }
        var statement = jdbc.sql("""
                SELECT id, actor_id, actor_name, action, subject_type, subject_id, summary, created_at
                FROM audit_log
                %s
                ORDER BY id DESC
                LIMIT :limit
                """.formatted(where))
                .param("limit", Math.clamp(limit, 1, MAX_PAGE_SIZE));
        if (beforeId != null) {
            statement = statement.param("beforeId", beforeId);
        }
        if (subjectType != null) {
            statement = statement.param("subjectType", subjectType);
        }
        if (actorId != null) {
            statement = statement.param("actorId", actorId);
        }
        return statement
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), actorId(rs),
                        rs.getString("actor_name"), rs.getString("action"), rs.getString("subject_type"),
                        rs.getString("subject_id"), rs.getString("summary"), Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }

    /** getObject(column, Long.class) fails on SQL NULL with the SQLite driver. */
    private static Long actorId(ResultSet rs) throws SQLException {
        long id = rs.getLong("actor_id");
        return rs.wasNull() ? null : id;
    }
}
