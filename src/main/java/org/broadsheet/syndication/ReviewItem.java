package org.broadsheet.syndication;

import java.time.Instant;

import org.broadsheet.content.SanitizedHtml;

/**
 * An item waiting in the review queue: a new story from a source in review mode, or an update of a
 * published story that an editor changed meanwhile ({@code update} true, {@code articleId} set).
 *
 * @param title    the wire's own headline
 * @param headline the headline to publish under (the wire's unless an editor rewrote it)
 */
public record ReviewItem(long id, long sourceId, String sourceName, boolean allowRewrite, String title, String headline,
                         String categorySlug, String excerpt, SanitizedHtml body, String link, String author,
                         Instant publishedAt, Instant receivedAt, boolean update, Long articleId) {
}
