package org.broadsheet.platform.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the mails {@link Mailer} kept in the {@code outbox} table, newest first. */
@Component
public class Outbox {

    /** A kept mail; {@code delivery} is how it went out: smtp, log or failed. */
    public record Mail(long id, String recipient, String subject, String body, String delivery, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Mail> newest(int limit, int offset) {
        return jdbc.sql("""
                SELECT id, recipient, subject, body, delivery, created_at FROM outbox
                ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset
                """).param("limit", limit).param("offset", offset).query((rs, n) -> mail(rs)).list();
    }

    public Optional<Mail> find(long id) {
        return jdbc.sql("SELECT id, recipient, subject, body, delivery, created_at FROM outbox WHERE id = :id")
                .param("id", id).query((rs, n) -> mail(rs)).optional();
    }

    private static Mail mail(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Mail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                rs.getString("delivery"), Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
