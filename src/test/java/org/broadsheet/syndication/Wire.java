package org.broadsheet.syndication;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.broadsheet.syndication.parse.ParsedFeed;
import org.broadsheet.syndication.parse.WireItem;

/** Wire items and feeds for tests, as the feed reader would hand them over (already clean). */
final class Wire {

    private Wire() {
    }

    /** An item with a unique guid, a body made from {@code text}, and a SimHash unlike any other item's. */
    static WireItem item(String title, String text) {
        String guid = "urn:test:" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
        Instant now = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        return new WireItem(guid, "https://wire.example/" + guid.substring(9), title, "<p>" + text + "</p>", text, null,
                List.of(), now, now, null, null, false, null, hash(title + text), ThreadLocalRandom.current().nextLong());
    }

    static WireItem changed(WireItem i, String newText) {
        return new WireItem(i.guid(), i.link(), i.title(), "<p>" + newText + "</p>", newText, i.author(), i.categories(),
                i.publishedAt(), Instant.now(), i.imageUrl(), i.imageAlt(), i.withdrawn(), i.embargoedUntil(),
                hash(i.title() + newText), i.simHash());
    }

    static WireItem withdrawn(WireItem i) {
        return new WireItem(i.guid(), i.link(), i.title(), i.bodyHtml(), i.excerpt(), i.author(), i.categories(),
                i.publishedAt(), i.updatedAt(), i.imageUrl(), i.imageAlt(), true, i.embargoedUntil(), i.contentHash(), i.simHash());
    }

    static WireItem embargoedUntil(WireItem i, Instant until) {
        return new WireItem(i.guid(), i.link(), i.title(), i.bodyHtml(), i.excerpt(), i.author(), i.categories(),
                i.publishedAt(), i.updatedAt(), i.imageUrl(), i.imageAlt(), false, until, i.contentHash(), i.simHash());
    }

    static WireItem inCategories(WireItem i, String... categories) {
        return new WireItem(i.guid(), i.link(), i.title(), i.bodyHtml(), i.excerpt(), i.author(), Arrays.asList(categories),
                i.publishedAt(), i.updatedAt(), i.imageUrl(), i.imageAlt(), i.withdrawn(), i.embargoedUntil(),
                i.contentHash(), i.simHash());
    }

    /** The same story as {@code i} from another wire: its own guid and link, a SimHash {@code bits} bits away. */
    static WireItem sameStoryElsewhere(WireItem i, int bits) {
        long sim = i.simHash();
        for (int b = 0; b < bits; b++) {
            sim ^= 1L << (b * 7);
        }
        String guid = "urn:other:" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
        return new WireItem(guid, "https://other.example/" + guid.substring(10), i.title(), i.bodyHtml(), i.excerpt(),
                i.author(), i.categories(), i.publishedAt(), i.updatedAt(), i.imageUrl(), i.imageAlt(), false, null,
                i.contentHash(), sim);
    }

    static ParsedFeed feed(WireItem... items) {
        return new ParsedFeed("rss", "Test wire", "https://wire.example/", List.of(items), List.of());
    }

    static String hash(String text) {
        return Integer.toHexString(text.hashCode()) + Long.toHexString(text.length());
    }
}
