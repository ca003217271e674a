package org.broadsheet.content;

import java.time.Instant;

/** One row of the stories list and the dashboard. */
public record StoryListItem(long id, String slug, String title, ArticleStatus status, Instant reviewRequestedAt,
                            Instant publishedAt, Instant updatedAt, String authorName, String categoryName,
                            Long ownerAccountId) {

    public StoryTab tab() {
        return StoryTab.of(status, reviewRequestedAt);
    }
}
