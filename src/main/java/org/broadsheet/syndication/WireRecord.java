package org.broadsheet.syndication;

import java.time.Instant;

/**
 * One stored wire item: what the source sent last (content), what became of it ({@code state}) and
 * the story it became ({@code articleId}, with the story's {@code updated_at} as ingest last wrote it,
 * to notice an editor's change).
 *
 * @param headline an editor's headline for it (review queue), else null
 * @param bodyHtml the item's body as the source sent it, while it may still be published from this row
 *                 (pending, held, an update waiting for review, a duplicate); {@link #NO_BODY} once published
 *                 (the story holds the body)
 */
record WireRecord(long id, long sourceId, String dedupeKey, String guid, String link, String contentHash, long simHash,
                  String state, String title, String headline, String categorySlug, String bodyHtml, String excerpt,
                  String author, Instant publishedAt, Instant updatedAt, String imageUrl, String imageAlt,
                  Instant embargoedUntil, Instant receivedAt, Long articleId, Instant articleWrittenAt,
                  boolean updatePending, Long duplicateOf) {

    static final String PUBLISHED = "published";
    static final String PENDING = "pending";
    static final String REJECTED = "rejected";
    static final String HELD = "held";
    static final String DUPLICATE = "duplicate";
    static final String WITHDRAWN = "withdrawn";
    /** The body of a published row: not kept (the story has it). */
    static final String NO_BODY = "";
}
