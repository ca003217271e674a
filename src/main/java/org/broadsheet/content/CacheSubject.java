package org.broadsheet.content;

import java.util.List;

/** What a story's cached pages are filed under: its id, category, author and tags (any status). */
public record CacheSubject(long articleId, long categoryId, String authorSlug, List<String> tagSlugs) {
}
