package org.broadsheet.content;

import java.time.Instant;
import java.util.List;

/** A story, with what its page shows. {@code syndication} and {@code image} may be null. */
public record Article(
        long id,
        String slug,
        String title,
        String dek,
        SanitizedHtml body,
        String bodyMarkdown,
        ArticleStatus status,
        boolean featured,
        Instant publishedAt,
        Instant updatedAt,
        Author author,
        Category category,
        List<Tag> tags,
        FeaturedImage image,
        int readingMinutes,
        Syndication syndication,
        String correctionNote) {

    /** What a list of stories shows of this one. */
    public ArticleSummary summary() {
        return new ArticleSummary(id, slug, title, dek, publishedAt, category.slug(), category.name(), author.slug(),
                author.name(), image, readingMinutes);
    }

    /** Whether the story was changed noticeably after it was published (shown as "Last updated"). */
    public boolean updatedAfterPublishing() {
        return publishedAt != null && updatedAt.isAfter(publishedAt.plusSeconds(60));
    }
}
