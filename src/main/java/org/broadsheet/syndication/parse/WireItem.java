package org.broadsheet.syndication.parse;

import java.time.Instant;
import java.util.List;

import org.broadsheet.content.BodySanitizer;
import org.broadsheet.content.SanitizedHtml;

/**
 * One item of a feed, whatever its format, already cleaned: plain-text title (entities decoded, tags
 * stripped, whitespace normalised), absolute http(s) URLs, sanitised body HTML, an excerpt, a
 * sensible publication time.
 *
 * @param guid         the item's own id (guid, atom:id, JSON Feed id, ninjs uri); null when the feed gives none
 * @param link         the item's absolute URL; null when none
 * @param title        plain text, never blank (an item without a title gets one from its text)
 * @param body         sanitised HTML (allowlist, rel="nofollow noopener" on links, no tracking pixels), made by
 *                     {@link BodySanitizer} while the item was cleaned, so the store need not sanitise it again
 * @param excerpt      plain text, from the feed's summary or made from the body
 * @param author       plain text; null when none
 * @param categories   the feed's own category names for this item, as given (trimmed)
 * @param publishedAt  when the source published it; never in the future unless it is an embargo (see below)
 * @param updatedAt    when the source last changed it (equal to publishedAt when not given)
 * @param imageUrl     the featured image (Media RSS, enclosure or first sizeable image); null when none
 * @param imageAlt     its alt text or caption; may be null
 * @param withdrawn    the source killed the item (ninjs pubStatus canceled/withheld, Atom at:deleted-entry)
 * @param embargoedUntil a future time before which it must not be published; null when none
 * @param contentHash  a stable hash of the normalised title and text (for de-duplication without guid/link)
 * @param simHash      64-bit SimHash of the normalised text (near-duplicates across sources)
 */
public record WireItem(
        String guid,
        String link,
        String title,
        SanitizedHtml body,
        String excerpt,
        String author,
        List<String> categories,
        Instant publishedAt,
        Instant updatedAt,
        String imageUrl,
        String imageAlt,
        boolean withdrawn,
        Instant embargoedUntil,
        String contentHash,
        long simHash) {

    public WireItem {
        body = body == null ? BodySanitizer.sanitize(null) : body;
    }

    /** An item whose body is HTML of unknown safety (tests, other sources): it is sanitised here. */
    public WireItem(String guid, String link, String title, String bodyHtml, String excerpt, String author,
                    List<String> categories, Instant publishedAt, Instant updatedAt, String imageUrl, String imageAlt,
                    boolean withdrawn, Instant embargoedUntil, String contentHash, long simHash) {
        this(guid, link, title, BodySanitizer.sanitize(bodyHtml), excerpt, author, categories, publishedAt, updatedAt,
                imageUrl, imageAlt, withdrawn, embargoedUntil, contentHash, simHash);
    }

    /** The sanitised body as a string. */
    public String bodyHtml() {
        return body.html();
    }
}
