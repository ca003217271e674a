package org.broadsheet.syndication.parse;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.broadsheet.content.BodySanitizer;
import org.broadsheet.content.SanitizedHtml;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Turns a raw item of any format into a clean {@link WireItem}: plain-text title, absolute links,
 * sanitised body, excerpt, featured image, sensible dates, hashes for de-duplication.
 */
final class WireItemFactory {

    static final int EXCERPT_LENGTH = 300;
    private static final int TITLE_FROM_TEXT = 100;
    private static final int MAX_TITLE = 400;
    /** Longest guid or link kept as it is (browsers and databases balk at longer). */
    private static final int MAX_ID = 2000;
    /** Clocks disagree: a time this little ahead is believed. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final Clock clock;

    WireItemFactory(Clock clock) {
        this.clock = clock;
    }

    /** The clean item, or an {@link IllegalArgumentException} saying in plain words why it cannot be one. */
    WireItem create(RawItem raw, RawFeed feed, URI feedUrl) {
        URI base = raw.base != null ? raw.base : feedUrl;
        String guid = Xml.trimmed(FeedText.collapse(raw.guid == null ? "" : raw.guid));
        if (guid != null && guid.length() > MAX_ID) {
            guid = "sha256:" + FeedText.sha256Hex(guid); // still unique, but fits a database column
        }
        String link = Urls.absoluteHttp(raw.link, base);
        if (link != null && link.length() > MAX_ID) {
            link = null;
        }
        boolean hasContent = !RawItem.blank(raw.contentHtml);
        FeedHtmlCleaner.Cleaned body = FeedHtmlCleaner.clean(asHtml(hasContent ? raw.contentHtml : raw.summaryHtml), base);
        String title = FeedText.plain(raw.title);
        if (title.isEmpty() && body.text().isEmpty() && link == null && guid == null && !raw.withdrawn) {
            throw new IllegalArgumentException("it has no title, link, id or text");
        }
        String summary = hasContent && !RawItem.blank(raw.summaryHtml) ? FeedText.plain(raw.summaryHtml) : "";
        String excerpt = FeedText.shorten(summary.isEmpty() ? body.text() : summary, EXCERPT_LENGTH + 20);
        if (title.isEmpty()) {
            title = titleFromText(body.text(), link, guid, raw.withdrawn);
        }
        title = FeedText.shorten(title, MAX_TITLE);
        Instant now = clock.instant();
        Instant embargo = raw.embargoedUntil != null && raw.embargoedUntil.isAfter(now) ? raw.embargoedUntil : null;
        Instant published = firstOf(raw.published, raw.updated, feed.updated, now);
        Instant updated = firstOf(raw.updated, published);
        Instant latest = now.plus(FUTURE_TOLERANCE);
        if (embargo == null && published.isAfter(latest)) {
            published = now;
        }
        if (updated.isAfter(latest) && (embargo == null || updated.isAfter(embargo))) {
            updated = published.isAfter(now) ? published : now;
        }
        if (updated.isBefore(published)) {
            updated = published;
        }
        SanitizedHtml bodyHtml = body.body();
        if (bodyHtml.html().isEmpty() && !excerpt.isEmpty()) {
            bodyHtml = BodySanitizer.sanitize("<p>" + Entities.escape(excerpt) + "</p>");
        }
        String image = null;
        String imageAlt = null;
        for (RawItem.Image candidate : raw.images) {
            String url = Urls.absoluteHttp(candidate.url(), base);
            if (url != null) {
                image = url;
                imageAlt = Xml.trimmed(FeedText.plain(candidate.alt()));
                break;
            }
        }
        if (image == null && body.firstImage() != null) {
            image = body.firstImage();
            imageAlt = body.firstImageAlt();
        }
        String author = Xml.trimmed(FeedText.plain(raw.author));
        String text = body.text().isEmpty() ? excerpt : body.text();
        String normalisedText = FeedText.normalised(text);
        String normalisedTitle = FeedText.normalised(title);
        String contentHash = FeedText.sha256Hex(normalisedTitle + "\n" + normalisedText);
        long simHash = SimHash.ofNormalised(normalisedText.isEmpty() ? normalisedTitle : normalisedText);
        return new WireItem(guid, link, title, bodyHtml, excerpt, author, categories(raw.categories), published, updated,
                image, imageAlt, raw.withdrawn, embargo, contentHash, simHash);
    }

    /** A body with no markup at all is plain text: its blank lines make paragraphs. */
    private static String asHtml(String source) {
        if (source == null || source.indexOf('<') >= 0) {
            return source;
        }
        return AtomFeedParser.paragraphs(Parser.unescapeEntities(source, false));
    }

    private static String titleFromText(String text, String link, String guid, boolean withdrawn) {
        if (!text.isEmpty()) {
            return FeedText.shorten(text, TITLE_FROM_TEXT);
        }
        if (withdrawn) {
            return "Withdrawn item";
        }
        return link != null ? link : guid;
    }

    private static List<String> categories(List<String> raw) {
        Set<String> seen = new LinkedHashSet<>();
        for (String c : raw) {
            String plain = FeedText.plain(c);
            if (!plain.isEmpty() && plain.length() <= 200 && seen.size() < 50) {
                seen.add(plain);
            }
        }
        return List.copyOf(new ArrayList<>(seen));
    }

    private static Instant firstOf(Instant... candidates) {
        for (Instant c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
