package org.broadsheet.content;

import java.time.Instant;

/** A saved state of a story's editable fields; {@code kind} is "save", "autosave" or "restore". */
public record StoryRevision(long id, long articleId, Long accountId, String accountName, String kind,
                            Instant createdAt, StoryEdit edit) {
}
