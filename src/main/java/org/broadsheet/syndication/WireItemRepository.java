package org.broadsheet.syndication;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.broadsheet.syndication.SourceRepository.instant;

import static org.broadsheet.platform.db.NullableParameters.bigint;
import static org.broadsheet.platform.db.NullableParameters.text;

/** SQL for wire items: the link between a source, an item it sent and the story it became. */
@Repository
class WireItemRepository {

    /**
     * An item's fingerprint for near-duplicate detection across sources.
     *
     * @param receivedAt epoch millis (the near-duplicate window is counted from it)
     */
    record Fingerprint(long id, long sourceId, long simHash, Long articleId, String state, long receivedAt) {

        /** One received just now (an item of the running ingest). */
        Fingerprint(long id, long sourceId, long simHash, Long articleId, String state) {
            this(id, sourceId, simHash, articleId, state, Long.MAX_VALUE);
        }

        /** Whether the item may be the twin of a new one: not rejected, withdrawn or itself a duplicate. */
        boolean eligible() {
            return WireRecord.PUBLISHED.equals(state) || WireRecord.PENDING.equals(state) || WireRecord.HELD.equals(state);
        }
    }

    private final JdbcClient jdbc;
    /** For JDBC batches, which {@link JdbcClient} does not offer. */
    private final NamedParameterJdbcTemplate named;

    /** Told of every update of a row, with the row as written (the near-duplicate index keeps up with it). */
    private volatile java.util.function.Consumer<WireRecord> onChange = r -> { };

    WireItemRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    void onChange(java.util.function.Consumer<WireRecord> listener) {
        this.onChange = listener;
    }

    long maxId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM wire_item").query(Long.class).single();
    }

    Optional<WireRecord> find(long id) {
        return jdbc.sql("SELECT * FROM wire_item WHERE id = :id").param("id", id).query(WireItemRepository::record).optional();
    }

    Optional<WireRecord> findByKey(long sourceId, String dedupeKey) {
        return jdbc.sql("SELECT * FROM wire_item WHERE source_id = :sourceId AND dedupe_key = :key")
                .param("sourceId", sourceId).param("key", dedupeKey).query(WireItemRepository::record).optional();
    }

    /** Content hashes of the items with these keys that the source sent before, by key. */
    Map<String, String> knownHashes(long sourceId, java.util.Collection<String> keys) {
        Map<String, String> known = new HashMap<>();
        if (keys.isEmpty()) {
            return known;
        }
        jdbc.sql("SELECT dedupe_key, content_hash FROM wire_item WHERE source_id = :sourceId AND dedupe_key IN (:keys)")
                .param("sourceId", sourceId).param("keys", keys)
                .query((rs, n) -> known.put(rs.getString(1), rs.getString(2))).list();
        return known;
    }

    private static final String INSERT = """
                INSERT INTO wire_item (source_id, dedupe_key, guid, link, content_hash, sim_hash, state, title, headline,
                    category_slug, body_html, excerpt, author, published_at, updated_at, image_url, image_alt,
                    embargoed_until, received_at, article_id, article_written_at, update_pending, duplicate_of)
                VALUES (:sourceId, :dedupeKey, :guid, :link, :contentHash, :simHash, :state, :title, :headline,
                    :categorySlug, :bodyHtml, :excerpt, :author, :publishedAt, :updatedAt, :imageUrl, :imageAlt,
                    :embargoedUntil, :receivedAt, :articleId, :articleWrittenAt, :updatePending, :duplicateOf)
            """;

    long insert(WireRecord r) {
        return jdbc.sql(INSERT + " RETURNING id").params(params(r)).query(Long.class).single();
    }

    /** Inserts many rows of one source with one prepared statement run as a JDBC batch; returns their ids in order. */
    List<Long> insertAll(long sourceId, List<WireRecord> rows) {
        // positional parameters set by hand: cheaper than binding 23 named ones per row through maps
        named.getJdbcOperations().execute((ConnectionCallback<int[]>) connection -> {
            // its own loop, not JdbcTemplate.batchUpdate's (see ArticleRepository.insertAll)
            try (PreparedStatement ps = connection.prepareStatement(INSERT_POSITIONAL)) {
                for (WireRecord row : rows) {
                    bindInsert(ps, row);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
        Map<String, Long> ids = new HashMap<>();
        List<String> keys = rows.stream().map(WireRecord::dedupeKey).toList();
        for (int from = 0; from < keys.size(); from += 500) {
            jdbc.sql("SELECT id, dedupe_key FROM wire_item WHERE source_id = :sourceId AND dedupe_key IN (:keys)")
                    .param("sourceId", sourceId).param("keys", keys.subList(from, Math.min(keys.size(), from + 500)))
                    .query((rs, n) -> ids.put(rs.getString(2), rs.getLong(1))).list();
        }
        return keys.stream().map(ids::get).toList();
    }

    private static final String INSERT_POSITIONAL = """
                INSERT INTO wire_item (source_id, dedupe_key, guid, link, content_hash, sim_hash, state, title, headline,
                    category_slug, body_html, excerpt, author, published_at, updated_at, image_url, image_alt,
                    embargoed_until, received_at, article_id, article_written_at, update_pending, duplicate_of)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """;

    private static void bindInsert(PreparedStatement ps, WireRecord r) throws SQLException {
        ps.setLong(1, r.sourceId());
        ps.setString(2, r.dedupeKey());
        text(ps, 3, r.guid());
        text(ps, 4, r.link());
        ps.setString(5, r.contentHash());
        ps.setLong(6, r.simHash());
        ps.setString(7, r.state());
        ps.setString(8, r.title());
        text(ps, 9, r.headline());
        text(ps, 10, r.categorySlug());
        ps.setString(11, r.bodyHtml());
        ps.setString(12, r.excerpt());
        text(ps, 13, r.author());
        ps.setLong(14, r.publishedAt().toEpochMilli());
        ps.setLong(15, r.updatedAt().toEpochMilli());
        text(ps, 16, r.imageUrl());
        text(ps, 17, r.imageAlt());
        bigint(ps, 18, millis(r.embargoedUntil()));
        ps.setLong(19, r.receivedAt().toEpochMilli());
        bigint(ps, 20, r.articleId());
        bigint(ps, 21, millis(r.articleWrittenAt()));
        ps.setBoolean(22, r.updatePending());
        bigint(ps, 23, r.duplicateOf());
    }

    /** Writes every column of the row (content, state and link to its story). */
    void update(WireRecord r) {
        jdbc.sql("""
                UPDATE wire_item SET guid = :guid, link = :link, content_hash = :contentHash, sim_hash = :simHash,
                    state = :state, title = :title, headline = :headline, category_slug = :categorySlug,
                    body_html = :bodyHtml, excerpt = :excerpt, author = :author, published_at = :publishedAt,
                    updated_at = :updatedAt, image_url = :imageUrl, image_alt = :imageAlt,
                    embargoed_until = :embargoedUntil, article_id = :articleId,
                    article_written_at = :articleWrittenAt, update_pending = :updatePending, duplicate_of = :duplicateOf
                WHERE id = :id
                """)
                .params(params(r)).param("id", r.id()).update();
        onChange.accept(r);
    }

    /** Items received since {@code since} that may be the same story as a new one (not rejected or withdrawn). */
    List<Fingerprint> recentFingerprints(Instant since) {
        return jdbc.sql("""
                SELECT id, source_id, sim_hash, article_id, state, received_at FROM wire_item
                WHERE received_at >= :since AND state IN ('published', 'pending', 'held')
                ORDER BY id
                """)
                .param("since", since.toEpochMilli())
                .query(WireItemRepository::fingerprint)
                .list();
    }

    /** Every item (whatever its state) with an id above {@code afterId}, in id order: the rows added since a read. */
    List<Fingerprint> fingerprintsAfter(long afterId) {
        return jdbc.sql("SELECT id, source_id, sim_hash, article_id, state, received_at FROM wire_item WHERE id > :after ORDER BY id")
                .param("after", afterId)
                .query(WireItemRepository::fingerprint)
                .list();
    }

    /** One item's fingerprint as it is now stored. */
    Optional<Fingerprint> fingerprint(long id) {
        return jdbc.sql("SELECT id, source_id, sim_hash, article_id, state, received_at FROM wire_item WHERE id = :id")
                .param("id", id).query(WireItemRepository::fingerprint).optional();
    }

    private static Fingerprint fingerprint(ResultSet rs, int row) throws SQLException { // by position: read in bulk
        long articleId = rs.getLong(4);
        return new Fingerprint(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.wasNull() ? null : articleId,
                rs.getString(5), rs.getLong(6));
    }

    /** The review queue: new items waiting, and updates of edited stories, oldest first. */
    List<WireRecord> queue(int limit) {
        return jdbc.sql("""
                SELECT * FROM wire_item WHERE state = 'pending' OR update_pending = TRUE
                ORDER BY received_at, id LIMIT :limit
                """)
                .param("limit", limit).query(WireItemRepository::record).list();
    }

    long queueSize() {
        return jdbc.sql("SELECT count(*) FROM wire_item WHERE state = 'pending' OR update_pending = TRUE")
                .query(Long.class).single();
    }

    List<WireRecord> heldUntil(Instant now, int limit) {
        return jdbc.sql("""
                SELECT * FROM wire_item WHERE state = 'held' AND (embargoed_until IS NULL OR embargoed_until <= :now)
                ORDER BY embargoed_until, id LIMIT :limit
                """)
                .param("now", now.toEpochMilli()).param("limit", limit).query(WireItemRepository::record).list();
    }

    Optional<String> sourceNameOf(long wireItemId) {
        return jdbc.sql("SELECT s.name FROM wire_item w JOIN source s ON s.id = w.source_id WHERE w.id = :id")
                .param("id", wireItemId).query(String.class).optional();
    }

    /** Names of the sources whose items were counted as "also reported by" for this story. */
    List<String> alsoReportedBy(long articleId) {
        return jdbc.sql("""
                SELECT DISTINCT s.name FROM wire_item d
                JOIN wire_item w ON w.id = d.duplicate_of
                JOIN source s ON s.id = d.source_id
                WHERE w.article_id = :articleId AND d.state = 'duplicate' AND d.source_id <> w.source_id
                  AND s.duplicate_policy = 'also'
                ORDER BY s.name
                """)
                .param("articleId", articleId).query(String.class).list();
    }

    private static Map<String, Object> params(WireRecord r) {
        Map<String, Object> p = new HashMap<>();
        p.put("sourceId", r.sourceId());
        p.put("dedupeKey", r.dedupeKey());
        p.put("guid", r.guid());
        p.put("link", r.link());
        p.put("contentHash", r.contentHash());
        p.put("simHash", r.simHash());
        p.put("state", r.state());
        p.put("title", r.title());
        p.put("headline", r.headline());
        p.put("categorySlug", r.categorySlug());
        p.put("bodyHtml", r.bodyHtml());
        p.put("excerpt", r.excerpt());
        p.put("author", r.author());
        p.put("publishedAt", r.publishedAt().toEpochMilli());
        p.put("updatedAt", r.updatedAt().toEpochMilli());
        p.put("imageUrl", r.imageUrl());
        p.put("imageAlt", r.imageAlt());
        p.put("embargoedUntil", millis(r.embargoedUntil()));
        p.put("receivedAt", r.receivedAt().toEpochMilli());
        p.put("articleId", r.articleId());
        p.put("articleWrittenAt", millis(r.articleWrittenAt()));
        p.put("updatePending", r.updatePending());
        p.put("duplicateOf", r.duplicateOf());
        return p;
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static WireRecord record(ResultSet rs, int row) throws SQLException {
        return new WireRecord(rs.getLong("id"), rs.getLong("source_id"), rs.getString("dedupe_key"), rs.getString("guid"),
                rs.getString("link"), rs.getString("content_hash"), rs.getLong("sim_hash"), rs.getString("state"),
                rs.getString("title"), rs.getString("headline"), rs.getString("category_slug"), rs.getString("body_html"),
                rs.getString("excerpt"), rs.getString("author"), instant(rs, "published_at"), instant(rs, "updated_at"),
                rs.getString("image_url"), rs.getString("image_alt"), instant(rs, "embargoed_until"),
                instant(rs, "received_at"), nullableLong(rs, "article_id"), instant(rs, "article_written_at"),
                rs.getBoolean("update_pending"), nullableLong(rs, "duplicate_of"));
    }
}
