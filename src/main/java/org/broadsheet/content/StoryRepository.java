package org.broadsheet.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the newsroom's story work: owners, review requests, the stories list, revisions, due stories. */
@Repository
class StoryRepository {

    private static final String ITEM_COLUMNS = """
            SELECT a.id, a.slug, a.title, a.status, a.review_requested_at, a.published_at, a.updated_at,
                   au.name AS author_name, c.name AS category_name, a.owner_account_id
            FROM article a JOIN author au ON au.id = a.author_id JOIN category c ON c.id = a.category_id
            """;
    private static final String VISIBLE = """
            (:everyone = 1 OR a.owner_account_id = :me)
            """;

    private final JdbcClient jdbc;

    StoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Ownership(Long ownerAccountId, Instant reviewRequestedAt, String categorySlug, String authorName) {
    }

    Optional<Ownership> ownership(long id) {
        return jdbc.sql("""
                SELECT a.owner_account_id, a.review_requested_at, c.slug AS category_slug, au.name AS author_name
                FROM article a JOIN category c ON c.id = a.category_id JOIN author au ON au.id = a.author_id
                WHERE a.id = :id
                """).param("id", id)
                .query((rs, n) -> new Ownership(nullableLong(rs, "owner_account_id"), instant(rs, "review_requested_at"),
                        rs.getString("category_slug"), rs.getString("author_name")))
                .optional();
    }

    void setOwner(long id, long ownerAccountId) {
        jdbc.sql("UPDATE article SET owner_account_id = :owner WHERE id = :id")
                .param("owner", ownerAccountId).param("id", id).update();
    }

    void setReviewRequested(long id, Instant at) {
        jdbc.sql("UPDATE article SET review_requested_at = :at WHERE id = :id")
                .param("at", at == null ? null : at.toEpochMilli()).param("id", id).update();
    }

    /** Sets status and publication time of a story (publish now, schedule, trash, restore). */
    void setStatus(long id, ArticleStatus status, Instant publishedAt, Instant updatedAt) {
        jdbc.sql("""
                UPDATE article SET status = :status, published_at = :publishedAt, updated_at = :updatedAt,
                    review_requested_at = CASE WHEN :status = 'draft' THEN review_requested_at ELSE NULL END
                WHERE id = :id
                """).param("status", status.dbValue())
                .param("publishedAt", publishedAt == null ? null : publishedAt.toEpochMilli())
                .param("updatedAt", updatedAt.toEpochMilli()).param("id", id).update();
    }

    /** Gives the newest revision of a story another kind ("restore"). */
    void markLastRevision(long articleId, String kind) {
        jdbc.sql("""
                UPDATE article_revision SET kind = :kind
                WHERE id = (SELECT max(id) FROM article_revision WHERE article_id = :id)
                """).param("kind", kind).param("id", articleId).update();
    }

    boolean slugTaken(String slug, long exceptId) {
        return jdbc.sql("""
                SELECT count(*) FROM article WHERE slug = :slug AND id <> :id
                """).param("slug", slug).param("id", exceptId).query(Long.class).single() > 0
                || jdbc.sql("SELECT count(*) FROM slug_redirect WHERE old_slug = :slug AND article_id <> :id")
                .param("slug", slug).param("id", exceptId).query(Long.class).single() > 0;
    }

    /** Scheduled stories whose time has come, oldest first. */
    List<Long> dueIds(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM article WHERE status = 'scheduled' AND published_at <= :now
                ORDER BY published_at, id LIMIT :limit
                """).param("now", now.toEpochMilli()).param("limit", limit).query(Long.class).list();
    }

    /** Publishes a due scheduled story; the status guard makes sure only one caller succeeds. */
    boolean publishIfDue(long id, Instant now) {
        return jdbc.sql("""
                UPDATE article SET status = 'published',
                    updated_at = CASE WHEN updated_at < published_at THEN published_at ELSE updated_at END,
                    review_requested_at = NULL
                WHERE id = :id AND status = 'scheduled' AND published_at <= :now
                """).param("id", id).param("now", now.toEpochMilli()).update() == 1;
    }

    List<StoryListItem> list(StoryQuery query, Long authorId, Long categoryId, boolean everyone, long me) {
        return jdbc.sql(ITEM_COLUMNS + "WHERE " + VISIBLE + " AND " + tabCondition(query.tab()) + """
                 AND (:authorId = 0 OR a.author_id = :authorId)
                 AND (:categoryId = 0 OR a.category_id = :categoryId)
                 AND (:pattern = '' OR lower(a.title) LIKE :pattern ESCAPE '\\')
                """ + order(query.tab()) + """
                 LIMIT :limit OFFSET :offset
                """)
                .param("everyone", everyone ? 1 : 0).param("me", me)
                .param("authorId", authorId == null ? 0 : authorId)
                .param("categoryId", categoryId == null ? 0 : categoryId)
                .param("pattern", likePattern(query.title()))
                .param("limit", StoryQuery.PAGE_SIZE + 1)
                .param("offset", (query.page() - 1) * StoryQuery.PAGE_SIZE)
                .query(StoryRepository::item).list();
    }

    /** How many visible stories each tab has. */
    Map<StoryTab, Long> counts(boolean everyone, long me) {
        Map<StoryTab, Long> counts = new EnumMap<>(StoryTab.class);
        for (StoryTab tab : StoryTab.values()) {
            counts.put(tab, 0L);
        }
        jdbc.sql("""
                SELECT a.status, CASE WHEN a.review_requested_at IS NULL THEN 0 ELSE 1 END AS review, count(*) AS n
                FROM article a WHERE """ + VISIBLE + """
                GROUP BY a.status, CASE WHEN a.review_requested_at IS NULL THEN 0 ELSE 1 END
                """).param("everyone", everyone ? 1 : 0).param("me", me)
                .query((ResultSet rs) -> {
                    StoryTab tab = StoryTab.of(ArticleStatus.fromDb(rs.getString("status")),
                            rs.getInt("review") == 1 ? Instant.EPOCH : null);
                    counts.merge(tab, rs.getLong("n"), Long::sum);
                });
        return counts;
    }

    List<StoryListItem> ownDrafts(long me, int limit) {
        return jdbc.sql(ITEM_COLUMNS + """
                WHERE a.owner_account_id = :me AND a.status = 'draft' ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit
                """).param("me", me).param("limit", limit).query(StoryRepository::item).list();
    }

    List<StoryListItem> inStatus(ArticleStatus status, boolean everyone, long me, boolean soonestFirst, int limit) {
        String order = soonestFirst ? " ORDER BY a.published_at, a.id" : " ORDER BY a.published_at DESC, a.id DESC";
        return jdbc.sql(ITEM_COLUMNS + "WHERE a.status = :status AND " + VISIBLE + order + " LIMIT :limit")
                .param("status", status.dbValue()).param("everyone", everyone ? 1 : 0).param("me", me)
                .param("limit", limit).query(StoryRepository::item).list();
    }

    List<String> tagNamesLike(String prefix, int limit) {
        return jdbc.sql("""
                SELECT name FROM tag WHERE lower(name) LIKE :pattern ESCAPE '\\' OR slug LIKE :pattern ESCAPE '\\'
                ORDER BY name LIMIT :limit
                """).param("pattern", escape(prefix.toLowerCase()) + "%").param("limit", limit)
                .query(String.class).list();
    }

    // revisions

    void insertRevision(long articleId, StoryActor actor, String kind, Instant at, StoryEdit e) {
        jdbc.sql("""
                INSERT INTO article_revision (article_id, account_id, account_name, kind, created_at, slug, title, dek,
                    body_markdown, category_slug, tags, image_url, image_alt, image_caption, correction_note)
                VALUES (:articleId, :accountId, :accountName, :kind, :createdAt, :slug, :title, :dek,
                    :body, :category, :tags, :imageUrl, :imageAlt, :imageCaption, :correctionNote)
                """)
                .param("articleId", articleId).param("accountId", actor == null ? null : actor.accountId())
                .param("accountName", actor == null ? "" : actor.name()).param("kind", kind)
                .param("createdAt", at.toEpochMilli()).param("slug", e.slug()).param("title", e.title())
                .param("dek", e.dek()).param("body", e.bodyMarkdown()).param("category", e.category())
                .param("tags", String.join(", ", e.tags())).param("imageUrl", e.imageUrl())
                .param("imageAlt", e.imageAlt()).param("imageCaption", e.imageCaption())
                .param("correctionNote", e.correctionNote())
                .update();
    }

    void deleteAutosaves(long articleId) {
        jdbc.sql("DELETE FROM article_revision WHERE article_id = :id AND kind = 'autosave'").param("id", articleId).update();
    }

    List<StoryRevision> revisions(long articleId, int limit) {
        return jdbc.sql("SELECT * FROM article_revision WHERE article_id = :id ORDER BY id DESC LIMIT :limit")
                .param("id", articleId).param("limit", limit).query(StoryRepository::revision).list();
    }

    Optional<StoryRevision> revision(long articleId, long revisionId) {
        return jdbc.sql("SELECT * FROM article_revision WHERE article_id = :articleId AND id = :id")
                .param("articleId", articleId).param("id", revisionId).query(StoryRepository::revision).optional();
    }

    private static StoryRevision revision(ResultSet rs, int n) throws SQLException {
        StoryEdit edit = new StoryEdit(rs.getString("title"), rs.getString("dek"), rs.getString("body_markdown"),
                rs.getString("slug"), rs.getString("category_slug"), StoryEdit.tagList(rs.getString("tags")),
                rs.getString("image_url"), rs.getString("image_alt"), rs.getString("image_caption"),
                "", "", "", "", "", rs.getString("correction_note"));
        return new StoryRevision(rs.getLong("id"), rs.getLong("article_id"), nullableLong(rs, "account_id"),
                rs.getString("account_name"), rs.getString("kind"), instant(rs, "created_at"), edit);
    }

    private static String tabCondition(StoryTab tab) {
        return switch (tab) {
            case DRAFT -> "a.status = 'draft' AND a.review_requested_at IS NULL";
            case REVIEW -> "a.status = 'draft' AND a.review_requested_at IS NOT NULL";
            case SCHEDULED -> "a.status = 'scheduled'";
            case PUBLISHED -> "a.status = 'published'";
            case TRASH -> "a.status = 'trashed'";
        };
    }

    /** Published stories newest first, scheduled ones soonest first, the others last changed first. */
    private static String order(StoryTab tab) {
        return switch (tab) {
            case PUBLISHED -> "ORDER BY a.published_at DESC, a.id DESC";
            case SCHEDULED -> "ORDER BY a.published_at, a.id";
            default -> "ORDER BY a.updated_at DESC, a.id DESC";
        };
    }

    private static String likePattern(String text) {
        return text == null || text.isBlank() ? "" : "%" + escape(text.strip().toLowerCase()) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static StoryListItem item(ResultSet rs, int n) throws SQLException {
        return new StoryListItem(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                ArticleStatus.fromDb(rs.getString("status")), instant(rs, "review_requested_at"),
                instant(rs, "published_at"), instant(rs, "updated_at"), rs.getString("author_name"),
                rs.getString("category_name"), nullableLong(rs, "owner_account_id"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
