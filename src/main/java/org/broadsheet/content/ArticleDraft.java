package org.broadsheet.content;

import java.time.Instant;
import java.util.List;

/**
 * A story as written or imported, before it is stored. Author, category and tags are given by name
 * (or slug) and created when unknown. {@code bodyHtml} is sanitised on the way in.
 */
public record ArticleDraft(
        String slug,
        String title,
        String dek,
        String bodyHtml,
        String bodyMarkdown,
        ArticleStatus status,
        boolean featured,
        Instant publishedAt,
        Instant updatedAt,
        String authorName,
        String category,
        List<String> tagNames,
        FeaturedImage image,
        Syndication syndication,
        String correctionNote) {
}
