package org.broadsheet.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

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

    /** Paths of the site itself that a page may not take. */
    static final Set<String> RESERVED = Set.of("account", "api", "archive", "articles", "assets", "author", "categories",
            "category", "contact-us", "feed", "login", "logout", "media", "newsroom", "password", "preferences",
            "search", "setup", "signup", "sitemaps", "story", "suggest", "tag", "top", "actuator", "error");
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 200_000;

    /** A page as the newsroom edits it: the Markdown source when it was written in Markdown. */
    public record Editable(long id, String slug, String title, String bodyHtml, String bodyMarkdown, Instant updatedAt) {
    }

    /** Every page, by title (there are few). */
    public List<Editable> list() {
        return jdbc.sql("SELECT id, slug, title, body_html, body_markdown, updated_at FROM static_page ORDER BY title, id")
                .query((rs, n) -> editable(rs)).list();
    }

    public Optional<Editable> editable(long id) {
        return jdbc.sql("SELECT id, slug, title, body_html, body_markdown, updated_at FROM static_page WHERE id = :id")
                .param("id", id).query((rs, n) -> editable(rs)).optional();
    }

    /**
     * Creates ({@code id} null) or changes a page from the newsroom. The body is Markdown when
     * {@code markdown} holds, HTML otherwise; either way only sanitised HTML is stored.
     */
    @Transactional
    public long save(Long id, String slug, String title, String body, boolean markdown) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            throw new InputProblem("title", "Enter a title of 1 to " + MAX_TITLE + " characters.");
        }
        String cleanSlug = slug == null || slug.isBlank() ? Slugs.of(cleanTitle) : slug.strip();
        if (!Slugs.isValid(cleanSlug)) {
            throw new InputProblem("slug", "Use lowercase letters, digits and hyphens, such as “about-us”.");
        }
        if (RESERVED.contains(cleanSlug)) {
            throw new InputProblem("slug", "“" + cleanSlug + "” is an address of the site itself. Choose another slug.");
        }
        String source = body == null ? "" : body;
        if (source.length() > MAX_BODY) {
            throw new InputProblem("body", "The text is too long (at most " + MAX_BODY + " characters).");
        }
        long taken = jdbc.sql("SELECT COUNT(*) FROM static_page WHERE slug = :slug AND id <> :id")
                .param("slug", cleanSlug).param("id", id == null ? 0 : id).query(Long.class).single();
        if (taken > 0) {
            throw new InputProblem("slug", "Another page uses the slug “" + cleanSlug + "” already.");
        }
        String html = BodySanitizer.sanitize(markdown ? MARKDOWN_HTML.render(MARKDOWN.parse(source)) : source).html();
        long now = clock.millis();
        long pageId;
        if (id == null) {
            pageId = jdbc.sql("""
                    INSERT INTO static_page (slug, title, body_html, body_markdown, updated_at)
                    VALUES (:slug, :title, :body, :markdown, :now) RETURNING id
                    """).param("slug", cleanSlug).param("title", cleanTitle).param("body", html)
                    .param("markdown", markdown ? source : null).param("now", now).query(Long.class).single();
        } else {
            int changed = jdbc.sql("""
                    UPDATE static_page SET slug = :slug, title = :title, body_html = :body, body_markdown = :markdown,
                        updated_at = :now WHERE id = :id
                    """).param("slug", cleanSlug).param("title", cleanTitle).param("body", html)
                    .param("markdown", markdown ? source : null).param("now", now).param("id", id).update();
            if (changed == 0) {
                throw new InputProblem("page", "This page does not exist any more.");
            }
            pageId = id;
        }
        journal.record("page", pageId, id == null ? "created" : "updated");
        return pageId;
    }

    @Transactional
    public boolean delete(long id) {
        boolean deleted = jdbc.sql("DELETE FROM static_page WHERE id = :id").param("id", id).update() > 0;
        if (deleted) {
            journal.record("page", id, "deleted");
        }
        return deleted;
    }

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_HTML = HtmlRenderer.builder().escapeHtml(false).build();

    private static Editable editable(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Editable(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("body_html"),
                rs.getString("body_markdown"), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
