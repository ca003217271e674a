package org.broadsheet.content;

import java.time.Instant;

/**
 * A story as the editor shows it: its editable fields and where it stands.
 *
 * @param publishedAt    when it was (or, when scheduled, will be) published; null for drafts
 * @param ownerAccountId who wrote it in the newsroom; null for imported stories
 * @param reviewRequestedAt when its writer submitted it for review; null when not waiting
 */
public record Story(long id, StoryEdit edit, ArticleStatus status, Instant publishedAt, Instant updatedAt,
                    Long ownerAccountId, String authorName, Instant reviewRequestedAt) {

    public boolean pendingReview() {
        return status == ArticleStatus.DRAFT && reviewRequestedAt != null;
    }

    /** "Draft", "Pending review", "Scheduled", "Published", "Trash". */
    public String statusLabel() {
        return StoryTab.of(status, reviewRequestedAt).label();
    }
}
