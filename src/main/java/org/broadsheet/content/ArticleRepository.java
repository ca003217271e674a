package org.broadsheet.content;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.broadsheet.platform.web.Cursor;
import org.broadsheet.platform.web.Slice;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.broadsheet.platform.db.NullableParameters.bigint;
import static org.broadsheet.platform.db.NullableParameters.integer;
import static org.broadsheet.platform.db.NullableParameters.text;

/** SQL for articles. Portable between SQLite and PostgreSQL; times are epoch milliseconds. */
@Repository
class ArticleRepository {

    private static final String SUMMARY_COLUMNS = """
            a.id, a.slug, a.title, a.dek, a.published_at, a.image_url, a.image_alt, a.image_caption,
            a.image_width, a.image_height, a.reading_minutes,
            c.slug AS category_slug, c.name AS category_name, au.slug AS author_slug, au.name AS author_name
            """;
    private static final String SUMMARY_FROM = """
            FROM article a
            JOIN category c ON c.id = a.category_id
            JOIN author au ON au.id = a.author_id
            """;
    /** A row-value comparison, so both databases seek the index to the cursor instead of scanning up to it. */
    private static final String BEFORE_CURSOR = """
            a.status = 'published'
            AND (a.published_at, a.id) < (:cursorTime, :cursorId)
            """;
    private static final String NEWEST_FIRST = " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit";

    /** The byline's author read with the story (one query less on every story read, the page cache's among them). */
    private static final String AUTHOR_OF_ARTICLE = """
            au.slug AS by_slug, au.name AS by_name, au.bio AS by_bio, au.avatar_url AS by_avatar_url
            FROM article a JOIN author au ON au.id = a.author_id
            """;

    private final JdbcClient jdbc;
    /** For JDBC batches (one prepared statement, many rows), which {@link JdbcClient} does not offer. */
    private final NamedParameterJdbcTemplate named;

    ArticleRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Optional<Long> idBySlug(String slug) {
        return jdbc.sql("SELECT id FROM article WHERE slug = :slug").param("slug", slug).query(Long.class).optional();
    }

    long insert(ArticleRow row) {
        return jdbc.sql("""
                INSERT INTO article (slug, title, dek, body_html, body_markdown, status, featured, published_at,
                    updated_at, created_at, author_id, category_id, image_url, image_alt, image_caption, image_width,
                    image_height, reading_minutes, source_name, source_url, source_attribution, canonical_url,
                    original_title, correction_note)
                VALUES (:slug, :title, :dek, :bodyHtml, :bodyMarkdown, :status, :featured, :publishedAt,
                    :updatedAt, :createdAt, :authorId, :categoryId, :imageUrl, :imageAlt, :imageCaption, :imageWidth,
                    :imageHeight, :readingMinutes, :sourceName, :sourceUrl, :sourceAttribution, :canonicalUrl,
                    :originalTitle, :correctionNote)
                RETURNING id
                """)
                .paramSource(row)
                .query(Long.class)
                .single();
    }

    /**
     * Inserts new stories with one prepared statement run as a JDBC batch (with their syndication
     * extras, which {@link #setSyndicationExtras} sets one by one otherwise); returns their ids by slug.
     */
    Map<String, Long> insertAll(List<ArticleRow> rows, List<Boolean> noIndex, List<String> alsoReportedBy) {
        // positional parameters set by hand: binding 26 named parameters per row by reflection cost more than SQLite's insert
        named.getJdbcOperations().execute((ConnectionCallback<int[]>) connection -> {
            // its own loop, not JdbcTemplate.batchUpdate's: that one is shared by every batch of the site, and C2,
            // compiling it into this hot path with the others' profiles, kept throwing the code away (bench/README.md)
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < rows.size(); i++) {
                    bindInsert(ps, rows.get(i), noIndex.get(i), alsoReportedBy.get(i));
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
        return idsBySlug(rows.stream().map(ArticleRow::slug).toList());
    }

    private static final String INSERT = """
                INSERT INTO article (slug, title, dek, body_html, body_markdown, status, featured, published_at,
                    updated_at, created_at, author_id, category_id, image_url, image_alt, image_caption, image_width,
                    image_height, reading_minutes, source_name, source_url, source_attribution, canonical_url,
                    original_title, correction_note, source_noindex, also_reported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """;

    private static void bindInsert(PreparedStatement ps, ArticleRow r, Boolean noIndex, String alsoReportedBy)
            throws SQLException {
        ps.setString(1, r.slug());
        ps.setString(2, r.title());
        ps.setString(3, r.dek());
        ps.setString(4, r.bodyHtml());
        text(ps, 5, r.bodyMarkdown());
        ps.setString(6, r.status());
        ps.setBoolean(7, r.featured());
        bigint(ps, 8, r.publishedAt());
        ps.setLong(9, r.updatedAt());
        ps.setLong(10, r.createdAt());
        ps.setLong(11, r.authorId());
        ps.setLong(12, r.categoryId());
        text(ps, 13, r.imageUrl());
        text(ps, 14, r.imageAlt());
        text(ps, 15, r.imageCaption());
        integer(ps, 16, r.imageWidth());
        integer(ps, 17, r.imageHeight());
        ps.setInt(18, r.readingMinutes());
        text(ps, 19, r.sourceName());
        text(ps, 20, r.sourceUrl());
        text(ps, 21, r.sourceAttribution());
        text(ps, 22, r.canonicalUrl());
        text(ps, 23, r.originalTitle());
        text(ps, 24, r.correctionNote());
        ps.setBoolean(25, Boolean.TRUE.equals(noIndex));
        text(ps, 26, alsoReportedBy);
    }

    /** The ids of the stories at these slugs (those that exist), by slug. */
    Map<String, Long> idsBySlug(Collection<String> slugs) {
        Map<String, Long> ids = new HashMap<>();
        List<String> all = List.copyOf(slugs);
        for (int from = 0; from < all.size(); from += 500) {
            jdbc.sql("SELECT id, slug FROM article WHERE slug IN (:slugs)")
                    .param("slugs", all.subList(from, Math.min(all.size(), from + 500)))
                    .query((rs, n) -> ids.put(rs.getString(2), rs.getLong(1))).list();
        }
        return ids;
    }

    /** Tags of many stories at once (a JDBC batch); the stories are new, so they have none yet. */
    void addTags(Map<Long, ? extends Collection<Long>> tagIdsByArticle) {
        List<SqlParameterSource> batch = new ArrayList<>();
        tagIdsByArticle.forEach((articleId, tagIds) -> tagIds.forEach(tagId -> batch.add(
                new MapSqlParameterSource().addValue("articleId", articleId).addValue("tagId", tagId))));
        if (!batch.isEmpty()) {
            named.batchUpdate("INSERT INTO article_tag (article_id, tag_id) VALUES (:articleId, :tagId)",
                    batch.toArray(SqlParameterSource[]::new));
        }
    }

    void update(ArticleRow row) {
        jdbc.sql("""
                UPDATE article SET slug = :slug, title = :title, dek = :dek, body_html = :bodyHtml,
                    body_markdown = :bodyMarkdown, status = :status, featured = :featured, published_at = :publishedAt,
                    updated_at = :updatedAt, author_id = :authorId, category_id = :categoryId, image_url = :imageUrl,
                    image_alt = :imageAlt, image_caption = :imageCaption, image_width = :imageWidth,
                    image_height = :imageHeight, reading_minutes = :readingMinutes, source_name = :sourceName,
                    source_url = :sourceUrl, source_attribution = :sourceAttribution, canonical_url = :canonicalUrl,
                    original_title = :originalTitle, correction_note = :correctionNote
                WHERE id = :id
                """)
                .paramSource(row)
                .update();
    }

    void replaceTags(long articleId, Collection<Long> tagIds) {
        jdbc.sql("DELETE FROM article_tag WHERE article_id = :id").param("id", articleId).update();
        for (long tagId : tagIds) {
            jdbc.sql("INSERT INTO article_tag (article_id, tag_id) VALUES (:articleId, :tagId)")
                    .param("articleId", articleId).param("tagId", tagId).update();
        }
    }

    void addRedirect(String oldSlug, long articleId) {
        jdbc.sql("DELETE FROM slug_redirect WHERE old_slug = :slug").param("slug", oldSlug).update();
        jdbc.sql("INSERT INTO slug_redirect (old_slug, article_id) VALUES (:slug, :id)")
                .param("slug", oldSlug).param("id", articleId).update();
    }

    void renameSlug(long id, String newSlug) {
        jdbc.sql("UPDATE article SET slug = :slug WHERE id = :id").param("slug", newSlug).param("id", id).update();
    }

    List<CacheSubject> cacheSubjects(Collection<Long> ids) {
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.sql("SELECT at.article_id, t.slug FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE at.article_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return jdbc.sql("SELECT a.id, a.category_id, au.slug FROM article a JOIN author au ON au.id = a.author_id WHERE a.id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new CacheSubject(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        tags.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    Optional<String> redirectTarget(String oldSlug) {
        return jdbc.sql("""
                SELECT a.slug FROM slug_redirect r JOIN article a ON a.id = r.article_id
                WHERE r.old_slug = :slug AND a.status = 'published'
                """).param("slug", oldSlug).query(String.class).optional();
    }

    Optional<StoredArticle> findBySlug(String slug) {
        return jdbc.sql("SELECT a.*, " + AUTHOR_OF_ARTICLE + " WHERE a.slug = :slug")
                .param("slug", slug).query(ArticleRepository::storedArticle).optional();
    }

    Optional<StoredArticle> findById(long id) {
        return jdbc.sql("SELECT a.*, " + AUTHOR_OF_ARTICLE + " WHERE a.id = :id")
                .param("id", id).query(ArticleRepository::storedArticle).optional();
    }

    List<Long> publishedIdsAfter(long afterId, int limit) {
        return jdbc.sql("SELECT id FROM article WHERE status = 'published' AND id > :afterId ORDER BY id LIMIT :limit")
                .param("afterId", afterId).param("limit", limit).query(Long.class).list();
    }

    boolean delete(long id) {
        jdbc.sql("DELETE FROM article_tag WHERE article_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM slug_redirect WHERE article_id = :id").param("id", id).update();
        return jdbc.sql("DELETE FROM article WHERE id = :id").param("id", id).update() > 0;
    }

    List<Long> tagIds(long articleId) {
        return jdbc.sql("SELECT tag_id FROM article_tag WHERE article_id = :id ORDER BY tag_id")
                .param("id", articleId).query(Long.class).list();
    }

    Slice<ArticleSummary> latest(Cursor cursor, int limit) {
        return slice(jdbc.sql("SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM + "WHERE " + BEFORE_CURSOR + NEWEST_FIRST), cursor, limit);
    }

    Slice<ArticleSummary> inCategories(Collection<Long> categoryIds, Cursor cursor, int limit) {
        return slice(jdbc.sql("SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM
                + "WHERE a.category_id IN (:categoryIds) AND " + BEFORE_CURSOR + NEWEST_FIRST)
                .param("categoryIds", categoryIds), cursor, limit);
    }

    Slice<ArticleSummary> withTag(long tagId, Cursor cursor, int limit) {
        return slice(jdbc.sql("SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM
                + "JOIN article_tag t ON t.article_id = a.id WHERE t.tag_id = :tagId AND " + BEFORE_CURSOR + NEWEST_FIRST)
                .param("tagId", tagId), cursor, limit);
    }

    Slice<ArticleSummary> byAuthor(long authorId, Cursor cursor, int limit) {
        return slice(jdbc.sql("SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM
                + "WHERE a.author_id = :authorId AND " + BEFORE_CURSOR + NEWEST_FIRST)
                .param("authorId", authorId), cursor, limit);
    }

    Slice<ArticleSummary> fromSource(String sourceName, Cursor cursor, int limit) {
        return slice(jdbc.sql("SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM
                + "WHERE a.source_name = :sourceName AND " + BEFORE_CURSOR + NEWEST_FIRST)
                .param("sourceName", sourceName), cursor, limit);
    }

    Slice<ArticleSummary> fromSourceId(long sourceId, Cursor cursor, int limit) {
        return slice(jdbc.sql("SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM
                + "WHERE a.id IN (SELECT w.article_id FROM wire_item w WHERE w.source_id = :sourceId) AND "
                + BEFORE_CURSOR + NEWEST_FIRST)
                .param("sourceId", sourceId), cursor, limit);
    }

    /** What only wire feeds set: the noindex policy and "also reported by" (kept when an editor edits the story). */
    void setSyndicationExtras(long id, boolean noIndex, String alsoReportedBy) {
        jdbc.sql("UPDATE article SET source_noindex = :noIndex, also_reported_by = :also WHERE id = :id")
                .param("noIndex", noIndex).param("also", alsoReportedBy).param("id", id).update();
    }

    /** Unpublishes a story its source withdrew (it becomes a trashed story with a withdrawal time). */
    boolean withdraw(long id, long now) {
        return jdbc.sql("UPDATE article SET status = 'trashed', withdrawn_at = :now, updated_at = :now WHERE id = :id")
                .param("now", now).param("id", id).update() > 0;
    }

    boolean isWithdrawn(String slug) {
        return jdbc.sql("SELECT count(*) FROM article WHERE slug = :slug AND withdrawn_at IS NOT NULL AND status <> 'published'")
                .param("slug", slug).query(Long.class).single() > 0;
    }

    Optional<ArticleSummary> featured() {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM + """
                WHERE a.status = 'published' AND a.featured = TRUE
                ORDER BY a.published_at DESC, a.id DESC LIMIT 1
                """).query(ArticleRepository::summary).optional();
    }

    /** Published stories sharing the category or a tag, most shared tags first, then newest. */
    List<ArticleSummary> related(long articleId, long categoryId, List<Long> tagIds, int offset, int limit) {
        List<Long> tags = tagIds.isEmpty() ? List.of(-1L) : tagIds;
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + """
                , (SELECT count(*) FROM article_tag x WHERE x.article_id = a.id AND x.tag_id IN (:tagIds)) AS shared_tags
                """ + SUMMARY_FROM + """
                WHERE a.status = 'published' AND a.id <> :articleId
                  AND (a.category_id = :categoryId
                       OR a.id IN (SELECT t.article_id FROM article_tag t WHERE t.tag_id IN (:tagIds)))
                ORDER BY shared_tags DESC, a.published_at DESC, a.id DESC
                LIMIT :limit OFFSET :offset
                """)
                .param("articleId", articleId).param("categoryId", categoryId).param("tagIds", tags)
                .param("limit", limit).param("offset", offset)
                .query(ArticleRepository::summary).list();
    }

    /** Case-insensitive match on headline and standfirst (the full-text index replaces this). */
    Slice<ArticleSummary> searchTitles(String text, Cursor cursor, int limit) {
        String pattern = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return slice(jdbc.sql("SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM
                + "WHERE (lower(a.title) LIKE :pattern ESCAPE '\\' OR lower(a.dek) LIKE :pattern ESCAPE '\\') AND "
                + BEFORE_CURSOR + NEWEST_FIRST)
                .param("pattern", pattern), cursor, limit);
    }

    /** Published stories in id order, for sitemaps: slug, last change and picture. */
    List<SitemapEntry> sitemapEntries(int offset, int limit) {
        return jdbc.sql("""
                SELECT slug, title, published_at, updated_at, image_url, image_caption FROM article
                WHERE status = 'published' ORDER BY id LIMIT :limit OFFSET :offset
                """)
                .param("limit", limit).param("offset", offset)
                .query(ArticleRepository::sitemapEntry)
                .list();
    }

    /** Published stories that appeared after {@code since}, newest first (Google News sitemap). */
    List<SitemapEntry> publishedSince(Instant since, int limit) {
        return jdbc.sql("""
                SELECT slug, title, published_at, updated_at, image_url, image_caption FROM article
                WHERE status = 'published' AND published_at > :since
                ORDER BY published_at DESC, id DESC LIMIT :limit
                """)
                .param("since", since.toEpochMilli()).param("limit", limit)
                .query(ArticleRepository::sitemapEntry)
                .list();
    }

    /** The newest change time among the stories of one sitemap page, without loading them. */
    Instant lastUpdateOfPage(int offset, int limit) {
        return jdbc.sql("""
                SELECT max(page.updated_at) FROM (
                    SELECT updated_at FROM article WHERE status = 'published' ORDER BY id LIMIT :limit OFFSET :offset
                ) page
                """)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> Optional.ofNullable(instant(rs, 1))).single().orElse(null);
    }

    /** The newest change time among published stories, or null when there are none. */
    Instant lastUpdate() {
        return jdbc.sql("SELECT max(updated_at) FROM article WHERE status = 'published'")
                .query((rs, n) -> Optional.ofNullable(instant(rs, 1))).single().orElse(null);
    }

    long countPublished() {
        return jdbc.sql("SELECT count(*) FROM article WHERE status = 'published'").query(Long.class).single();
    }

    private static Slice<ArticleSummary> slice(JdbcClient.StatementSpec statement, Cursor cursor, int limit) {
        List<ArticleSummary> rows = new ArrayList<>(statement
                .param("cursorTime", cursor.time().toEpochMilli())
                .param("cursorId", cursor.id())
                .param("limit", limit + 1)
                .query(ArticleRepository::summary)
                .list());
        if (rows.size() <= limit) {
            return new Slice<>(rows, null);
        }
        rows.removeLast();
        ArticleSummary last = rows.getLast();
        return new Slice<>(rows, new Cursor(last.publishedAt(), last.id()));
    }

    static SitemapEntry sitemapEntry(ResultSet rs, int row) throws SQLException {
        return new SitemapEntry(rs.getString("slug"), rs.getString("title"), instant(rs, "published_at"),
                instant(rs, "updated_at"), rs.getString("image_url"), rs.getString("image_caption"));
    }

    static ArticleSummary summary(ResultSet rs, int row) throws SQLException {
        return new ArticleSummary(
                rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("dek"),
                instant(rs, "published_at"), rs.getString("category_slug"), rs.getString("category_name"),
                rs.getString("author_slug"), rs.getString("author_name"), image(rs), rs.getInt("reading_minutes"));
    }

    static StoredArticle storedArticle(ResultSet rs, int row) throws SQLException {
        String sourceName = rs.getString("source_name");
        Syndication syndication = sourceName == null ? null : new Syndication(sourceName, rs.getString("source_url"),
                rs.getString("source_attribution"), rs.getString("canonical_url"), rs.getString("original_title"),
                rs.getBoolean("source_noindex"), alsoReportedBy(rs.getString("also_reported_by")));
        return new StoredArticle(
                rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("dek"),
                SanitizedHtml.fromStorage(rs.getString("body_html")), rs.getString("body_markdown"),
                ArticleStatus.fromDb(rs.getString("status")), rs.getBoolean("featured"),
                instant(rs, "published_at"), instant(rs, "updated_at"),
                rs.getLong("author_id"), rs.getLong("category_id"), image(rs), rs.getInt("reading_minutes"),
                syndication, rs.getString("correction_note"),
                new Author(rs.getLong("author_id"), rs.getString("by_slug"), rs.getString("by_name"), rs.getString("by_bio"),
                        rs.getString("by_avatar_url")));
    }

    private static List<String> alsoReportedBy(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }

    private static FeaturedImage image(ResultSet rs) throws SQLException {
        String url = rs.getString("image_url");
        return url == null ? null : new FeaturedImage(url, rs.getString("image_alt"), rs.getString("image_caption"),
                rs.getInt("image_width"), rs.getInt("image_height"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** An article row with its foreign keys unresolved. */
    record StoredArticle(long id, String slug, String title, String dek, SanitizedHtml body, String bodyMarkdown,
                         ArticleStatus status, boolean featured, Instant publishedAt, Instant updatedAt,
                         long authorId, long categoryId, FeaturedImage image, int readingMinutes,
                         Syndication syndication, String correctionNote, Author author) {
    }
}
