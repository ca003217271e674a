package org.broadsheet.syndication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for sources and their polling health. Portable between SQLite and PostgreSQL. */
@Repository
class SourceRepository {

    private final JdbcClient jdbc;

    SourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Source s, Instant now) {
        return jdbc.sql("""
                INSERT INTO source (name, feed_url, category_slug, category_map, mode, attribution, allow_rewrite,
                    include_keywords, exclude_keywords, poll_minutes, seo_policy, duplicate_policy, enabled,
                    created_at, next_poll_at)
                VALUES (:name, :feedUrl, :categorySlug, :categoryMap, :mode, :attribution, :allowRewrite,
                    :include, :exclude, :pollMinutes, :seoPolicy, :duplicatePolicy, :enabled, :now, :now)
                RETURNING id
                """)
                .params(settingsParams(s)).param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    void update(Source s) {
        jdbc.sql("""
                UPDATE source SET name = :name, feed_url = :feedUrl, category_slug = :categorySlug,
                    category_map = :categoryMap, mode = :mode, attribution = :attribution, allow_rewrite = :allowRewrite,
                    include_keywords = :include, exclude_keywords = :exclude, poll_minutes = :pollMinutes,
                    seo_policy = :seoPolicy, duplicate_policy = :duplicatePolicy, enabled = :enabled
                WHERE id = :id
                """)
                .params(settingsParams(s)).param("id", s.id()).update();
    }

    /** A new feed address: the old one's ETag and Last-Modified mean nothing there. */
    void forgetValidators(long id) {
        jdbc.sql("UPDATE source SET etag = NULL, last_modified = NULL WHERE id = :id").param("id", id).update();
    }

    boolean delete(long id) {
        jdbc.sql("DELETE FROM wire_item WHERE source_id = :id").param("id", id).update();
        return jdbc.sql("DELETE FROM source WHERE id = :id").param("id", id).update() > 0;
    }

    Optional<Source> find(long id) {
        return jdbc.sql("SELECT * FROM source WHERE id = :id").param("id", id).query(SourceRepository::source).optional();
    }

    boolean urlTaken(String url, long exceptId) {
        return jdbc.sql("SELECT count(*) FROM source WHERE feed_url = :url AND id <> :id")
                .param("url", url).param("id", exceptId).query(Long.class).single() > 0;
    }

    List<Source> all() {
        return jdbc.sql("SELECT * FROM source ORDER BY lower(name), id").query(SourceRepository::source).list();
    }

    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM source WHERE enabled = TRUE AND next_poll_at <= :now
                ORDER BY next_poll_at, id LIMIT :limit
                """)
                .param("now", now.toEpochMilli()).param("limit", limit).query(Long.class).list();
    }

    void setEnabled(long id, boolean enabled, Instant nextPoll) {
        jdbc.sql("UPDATE source SET enabled = :enabled, next_poll_at = :next WHERE id = :id")
                .param("enabled", enabled).param("next", nextPoll.toEpochMilli()).param("id", id).update();
    }

    void pollSucceeded(long id, Instant now, Instant next, String etag, String lastModified) {
        jdbc.sql("""
                UPDATE source SET last_polled_at = :now, last_status = 'ok', last_error = NULL, consecutive_failures = 0,
                    next_poll_at = :next,
                    etag = :etag, last_modified = :lastModified,
                    item_count = (SELECT count(*) FROM wire_item w WHERE w.source_id = source.id)
                WHERE id = :id
                """)
                .param("now", now.toEpochMilli()).param("next", next.toEpochMilli())
                .param("etag", etag).param("lastModified", lastModified).param("id", id).update();
    }

    void pollFailed(long id, Instant now, Instant next, String status, String error, int failures) {
        jdbc.sql("""
                UPDATE source SET last_polled_at = :now, last_status = :status, last_error = :error,
                    consecutive_failures = :failures, next_poll_at = :next
                WHERE id = :id
                """)
                .param("now", now.toEpochMilli()).param("next", next.toEpochMilli()).param("status", status)
                .param("error", error).param("failures", failures).param("id", id).update();
    }

    private static Map<String, Object> settingsParams(Source s) {
        StringBuilder map = new StringBuilder();
        s.categoryMap().forEach((feed, site) -> map.append(feed).append(" = ").append(site).append('\n'));
        return Map.ofEntries(
                Map.entry("name", s.name()), Map.entry("feedUrl", s.feedUrl()), Map.entry("categorySlug", s.categorySlug()),
                Map.entry("categoryMap", map.toString()), Map.entry("mode", s.mode().key()),
                Map.entry("attribution", s.attribution()), Map.entry("allowRewrite", s.allowRewrite()),
                Map.entry("include", String.join(", ", s.includeKeywords())),
                Map.entry("exclude", String.join(", ", s.excludeKeywords())),
                Map.entry("pollMinutes", s.pollMinutes()), Map.entry("seoPolicy", s.seoPolicy().key()),
                Map.entry("duplicatePolicy", s.duplicatePolicy().key()), Map.entry("enabled", s.enabled()));
    }

    private static Source source(ResultSet rs, int row) throws SQLException {
        Source.Health health = new Source.Health(instant(rs, "last_polled_at"), rs.getString("last_status"),
                rs.getString("last_error"), rs.getInt("consecutive_failures"), instant(rs, "next_poll_at"),
                rs.getLong("item_count"), rs.getString("etag"), rs.getString("last_modified"));
        return new Source(rs.getLong("id"), rs.getString("name"), rs.getString("feed_url"), rs.getString("category_slug"),
                SourceSettings.mapping(rs.getString("category_map")), SourceSettings.parse(Source.Mode.class, rs.getString("mode")),
                rs.getString("attribution"), rs.getBoolean("allow_rewrite"), SourceSettings.keywords(rs.getString("include_keywords")),
                SourceSettings.keywords(rs.getString("exclude_keywords")), rs.getInt("poll_minutes"),
                SourceSettings.parse(Source.SeoPolicy.class, rs.getString("seo_policy")),
                SourceSettings.parse(Source.DuplicatePolicy.class, rs.getString("duplicate_policy")),
                rs.getBoolean("enabled"), health);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
