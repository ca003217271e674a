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
}
