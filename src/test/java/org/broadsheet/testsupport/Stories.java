package org.broadsheet.testsupport;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.content.Slugs;
import org.broadsheet.content.Syndication;

/**
 * Builds stories and stores them the way the application does, through {@link ArticleService#save}.
 * Every story gets a unique slug and, unless told otherwise, a unique category and author and a
 * publication time an hour ago.
 * <pre>
 *   long id = stories().titled("Harbour reopens").inCategory(world).tagged("Ports").save();
 * </pre>
 */
public final class Stories {

    private final ArticleService articles;

    Stories(ArticleService articles) {
        this.articles = articles;
    }

    public Story titled(String title) {
        return new Story(title);
    }

    /** A story with a unique headline. */
    public Story any() {
        return new Story(Unique.name("Story"));
    }

    public final class Story {
        private String slug;
        private String title;
        private String dek = "A standfirst that says what happened.";
        private String body = "<p>Councillors voted on Tuesday to approve the plan.</p>";
        private ArticleStatus status = ArticleStatus.PUBLISHED;
        private boolean featured;
        private Instant publishedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        private Instant updatedAt;
        private String author = Unique.name("Reporter");
        private String category = Unique.name("Section");
        private List<String> tags = List.of();
        private FeaturedImage image;
        private Syndication syndication;

        private Story(String title) {
            this.title = title;
            String base = Slugs.of(title);
            this.slug = (base.isEmpty() ? "story" : base) + "-" + Unique.slug("s").substring(2);
        }

        public Story slug(String value) {
            slug = value;
            return this;
        }

        /** Changes the headline, keeping the slug (an edit of the same story). */
        public Story retitled(String value) {
            title = value;
            return this;
        }

        public Story dek(String value) {
            dek = value;
            return this;
        }

        public Story body(String html) {
            body = html;
            return this;
        }

        public Story status(ArticleStatus value) {
            status = value;
            return this;
        }

        public Story featured() {
            featured = true;
            return this;
        }

        public Story publishedAt(Instant value) {
            publishedAt = value;
            return this;
        }

        public Story updatedAt(Instant value) {
            updatedAt = value;
            return this;
        }

        public Story by(String authorName) {
            author = authorName;
            return this;
        }

        public Story inCategory(String categoryNameOrSlug) {
            category = categoryNameOrSlug;
            return this;
        }

        public Story tagged(String... tagNames) {
            tags = List.of(tagNames);
            return this;
        }

        public Story image(FeaturedImage value) {
            image = value;
            return this;
        }

        /** From a wire service; {@code originalTitle} is the wire's headline when ours differs, or null. */
        public Story syndicatedFrom(String sourceName, String sourceUrl, String originalTitle) {
            syndication = new Syndication(sourceName, sourceUrl, Syndication.attributionFor(sourceName), null, originalTitle);
            return this;
        }

        public String slug() {
            return slug;
        }

        public String title() {
            return title;
        }

        public ArticleDraft draft() {
            return new ArticleDraft(slug, title, dek, body, null, status, featured, publishedAt,
                    updatedAt == null ? publishedAt : updatedAt, author, category, tags, image, syndication, null);
        }

        /** Saves the story and returns its id. */
        public long save() {
            return articles.save(draft()).id();
        }
    }
}
