package org.broadsheet.content;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Static pages. Small enough that the service holds its own SQL. */
@Service
public class StaticPageService {

    private final JdbcClient jdbc;
    private final ChangeJournal journal;
    private final Clock clock;

    StaticPageService(JdbcClient jdbc, ChangeJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.clock = clock;
    }

    public Optional<StaticPage> find(String slug) {
        return jdbc.sql("SELECT id, slug, title, body_html, updated_at FROM static_page WHERE slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> new StaticPage(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        SanitizedHtml.fromStorage(rs.getString("body_html")), Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .optional();
    }

    /** Creates the page, or replaces title and body of the page with this slug. */
    @Transactional
    public long save(String slug, String title, String bodyHtml) {
        if (!Slugs.isValid(slug)) {
            throw new IllegalArgumentException("slug '" + slug + "' must be lowercase letters, digits and hyphens");
        }
        String body = BodySanitizer.sanitize(bodyHtml).html();
        long now = clock.millis();
        Optional<Long> existing = jdbc.sql("SELECT id FROM static_page WHERE slug = :slug")
                .param("slug", slug).query(Long.class).optional();
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            jdbc.sql("UPDATE static_page SET title = :title, body_html = :body, updated_at = :now WHERE id = :id")
                    .param("title", title).param("body", body).param("now", now).param("id", id).update();
        } else {
            id = jdbc.sql("""
                    INSERT INTO static_page (slug, title, body_html, updated_at) VALUES (:slug, :title, :body, :now)
                    RETURNING id
                    """).param("slug", slug).param("title", title).param("body", body).param("now", now)
                    .query(Long.class).single();
        }
        journal.record("page", id, existing.isPresent() ? "updated" : "created");
        return id;
    }
}
