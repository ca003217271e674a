package org.broadsheet.content;

import java.time.Instant;

/** What a list of stories shows of each one. */
public record ArticleSummary(
        long id,
        String slug,
        String title,
        String dek,
        Instant publishedAt,
        String categorySlug,
        String categoryName,
        String authorSlug,
        String authorName,
        FeaturedImage image,
        int readingMinutes) {
}
