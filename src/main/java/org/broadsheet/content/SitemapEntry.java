package org.broadsheet.content;

import java.time.Instant;

/** What a sitemap says of a story. {@code imageUrl} and {@code imageCaption} may be null. */
public record SitemapEntry(String slug, String title, Instant publishedAt, Instant updatedAt, String imageUrl,
                           String imageCaption) {
}
