package org.broadsheet.content;

/**
 * Published inside the transaction of every story change made by people or the scheduler (not
 * autosaves), so the audit log can record it in the same transaction.
 *
 * @param accountId who did it; null for the system (the scheduler)
 * @param action    "created", "updated", "published", "scheduled", "trashed", "restored", "revision restored"
 */
public record StoryChanged(Long accountId, long storyId, String action, String title) {
}
