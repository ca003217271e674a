package org.broadsheet.content;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for authors, categories and tags. */
@Repository
class TaxonomyRepository {

    private final JdbcClient jdbc;

    TaxonomyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Author> authorBySlug(String slug) {
        return jdbc.sql("SELECT id, slug, name, bio, avatar_url FROM author WHERE slug = :slug")
                .param("slug", slug).query(Author.class).optional();
    }

    Optional<Author> authorById(long id) {
        return jdbc.sql("SELECT id, slug, name, bio, avatar_url FROM author WHERE id = :id")
                .param("id", id).query(Author.class).optional();
    }

    long insertAuthor(String slug, String name, String bio) {
        return jdbc.sql("INSERT INTO author (slug, name, bio) VALUES (:slug, :name, :bio) RETURNING id")
                .param("slug", slug).param("name", name).param("bio", bio).query(Long.class).single();
    }

    void updateAuthorBio(long id, String bio) {
        jdbc.sql("UPDATE author SET bio = :bio WHERE id = :id").param("bio", bio).param("id", id).update();
    }

    List<Category> categories() {
        return jdbc.sql("""
                SELECT id, slug, name, description, parent_id, menu_position FROM category ORDER BY name
                """).query(Category.class).list();
    }

    long insertCategory(String slug, String name, Long parentId, Integer menuPosition) {
        return jdbc.sql("""
                INSERT INTO category (slug, name, parent_id, menu_position) VALUES (:slug, :name, :parentId, :menuPosition)
                RETURNING id
                """)
                .param("slug", slug).param("name", name).param("parentId", parentId).param("menuPosition", menuPosition)
                .query(Long.class).single();
    }

    void updateCategory(long id, String name, String description, Long parentId, Integer menuPosition) {
        jdbc.sql("""
                UPDATE category SET name = :name, description = :description, parent_id = :parentId,
                    menu_position = :menuPosition
                WHERE id = :id
                """)
                .param("name", name).param("description", description).param("parentId", parentId)
                .param("menuPosition", menuPosition).param("id", id).update();
    }

    Optional<Tag> tagBySlug(String slug) {
        return jdbc.sql("SELECT id, slug, name FROM tag WHERE slug = :slug").param("slug", slug).query(Tag.class).optional();
    }

    long insertTag(String slug, String name) {
        return jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :name) RETURNING id")
                .param("slug", slug).param("name", name).query(Long.class).single();
    }

    List<Tag> tagsOf(long articleId) {
        return jdbc.sql("""
                SELECT t.id, t.slug, t.name FROM tag t JOIN article_tag at ON at.tag_id = t.id
                WHERE at.article_id = :id ORDER BY t.name
                """).param("id", articleId).query(Tag.class).list();
    }

    Optional<Tag> tagById(long id) {
        return jdbc.sql("SELECT id, slug, name FROM tag WHERE id = :id").param("id", id).query(Tag.class).optional();
    }

    List<TaxonomyCount> categoryCounts() {
        return jdbc.sql("""
                SELECT c.id, c.slug, c.name, (SELECT COUNT(*) FROM article a WHERE a.category_id = c.id) AS stories
                FROM category c ORDER BY c.name
                """).query(TaxonomyCount.class).list();
    }

    List<TaxonomyCount> tagCounts(int limit, int offset) {
        return jdbc.sql("""
                SELECT t.id, t.slug, t.name, (SELECT COUNT(*) FROM article_tag at WHERE at.tag_id = t.id) AS stories
                FROM tag t ORDER BY t.name, t.id LIMIT :limit OFFSET :offset
                """).param("limit", limit).param("offset", offset).query(TaxonomyCount.class).list();
    }

    long tagCount() {
        return jdbc.sql("SELECT COUNT(*) FROM tag").query(Long.class).single();
    }

    boolean categorySlugTaken(String slug, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM category WHERE slug = :slug AND id <> :id")
                .param("slug", slug).param("id", exceptId).query(Long.class).single() > 0;
    }

    boolean tagSlugTaken(String slug, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM tag WHERE slug = :slug AND id <> :id")
                .param("slug", slug).param("id", exceptId).query(Long.class).single() > 0;
    }

    void updateCategorySlug(long id, String slug) {
        jdbc.sql("UPDATE category SET slug = :slug WHERE id = :id").param("slug", slug).param("id", id).update();
    }

    void clearMenu() {
        jdbc.sql("UPDATE category SET menu_position = NULL WHERE menu_position IS NOT NULL").update();
    }

    void setMenuPosition(long id, int position) {
        jdbc.sql("UPDATE category SET menu_position = :position WHERE id = :id")
                .param("position", position).param("id", id).update();
    }

    List<Long> articlesInCategory(long id) {
        return jdbc.sql("SELECT id FROM article WHERE category_id = :id").param("id", id).query(Long.class).list();
    }

    /** Moves the stories and the subcategories of one category to others, then deletes it. */
    void deleteCategory(long id, Long storiesTo, Long childrenTo) {
        jdbc.sql("UPDATE article SET category_id = :to WHERE category_id = :id").param("to", storiesTo).param("id", id).update();
        jdbc.sql("UPDATE category SET parent_id = :to WHERE parent_id = :id").param("to", childrenTo).param("id", id).update();
        jdbc.sql("DELETE FROM category WHERE id = :id").param("id", id).update();
    }

    List<Long> articlesWithTag(long id) {
        return jdbc.sql("SELECT article_id FROM article_tag WHERE tag_id = :id").param("id", id).query(Long.class).list();
    }

    void updateTag(long id, String slug, String name) {
        jdbc.sql("UPDATE tag SET slug = :slug, name = :name WHERE id = :id")
                .param("slug", slug).param("name", name).param("id", id).update();
    }

    /** Gives the stories of tag {@code from} the tag {@code into} (once), then deletes {@code from}. */
    void mergeTag(long from, long into) {
        jdbc.sql("""
                INSERT INTO article_tag (article_id, tag_id)
                SELECT article_id, :into FROM article_tag
                WHERE tag_id = :from AND article_id NOT IN (SELECT article_id FROM article_tag WHERE tag_id = :into)
                """).param("from", from).param("into", into).update();
        deleteTag(from);
    }

    void deleteTag(long id) {
        jdbc.sql("DELETE FROM article_tag WHERE tag_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM tag WHERE id = :id").param("id", id).update();
    }

    /** {@code oldSlug} now leads to category {@code categoryId} (replacing where it led before). */
    void addCategoryRedirect(String oldSlug, long categoryId) {
        dropCategoryRedirect(oldSlug);
        jdbc.sql("INSERT INTO category_redirect (old_slug, category_id) VALUES (:slug, :id)")
                .param("slug", oldSlug).param("id", categoryId).update();
    }

    void dropCategoryRedirect(String slug) {
        jdbc.sql("DELETE FROM category_redirect WHERE old_slug = :slug").param("slug", slug).update();
    }

    void moveCategoryRedirects(long from, long to) {
        jdbc.sql("UPDATE category_redirect SET category_id = :to WHERE category_id = :from")
                .param("to", to).param("from", from).update();
    }

    Optional<String> categoryRedirect(String oldSlug) {
        return jdbc.sql("""
                SELECT c.slug FROM category_redirect r JOIN category c ON c.id = r.category_id
                WHERE r.old_slug = :slug
                """).param("slug", oldSlug).query(String.class).optional();
    }

    void addTagRedirect(String oldSlug, long tagId) {
        dropTagRedirect(oldSlug);
        jdbc.sql("INSERT INTO tag_redirect (old_slug, tag_id) VALUES (:slug, :id)")
                .param("slug", oldSlug).param("id", tagId).update();
    }

    void dropTagRedirect(String slug) {
        jdbc.sql("DELETE FROM tag_redirect WHERE old_slug = :slug").param("slug", slug).update();
    }

    void moveTagRedirects(long from, long to) {
        jdbc.sql("UPDATE tag_redirect SET tag_id = :to WHERE tag_id = :from").param("to", to).param("from", from).update();
    }

    Optional<String> tagRedirect(String oldSlug) {
        return jdbc.sql("SELECT t.slug FROM tag_redirect r JOIN tag t ON t.id = r.tag_id WHERE r.old_slug = :slug")
                .param("slug", oldSlug).query(String.class).optional();
    }
}
