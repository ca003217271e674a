package org.broadsheet.syndication.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test helpers: the reader on a fixed clock, fixtures from the classpath. */
final class Feeds {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final FormatDetectingFeedReader READER = new FormatDetectingFeedReader(Clock.fixed(NOW, ZoneOffset.UTC));
    static final URI FEED_URL = URI.create("https://feeds.example.org/news/feed.xml");

    private Feeds() {
    }

    static byte[] fixture(String name) {
        try (InputStream in = Feeds.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedFeed read(String fixture) throws FeedParseException {
        return READER.read(fixture(fixture), null, FEED_URL);
    }

    static ParsedFeed readText(String text) throws FeedParseException {
        return READER.read(text.getBytes(StandardCharsets.UTF_8), null, FEED_URL);
    }

    /** A minimal RSS 2.0 feed around one item's inner XML. */
    static ParsedFeed rssItem(String itemXml) throws FeedParseException {
        return readText("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>https://feeds.example.org/</link>"
                + "<item>" + itemXml + "</item></channel></rss>");
    }

    static WireItem onlyItem(ParsedFeed feed) {
        if (feed.items().size() != 1) {
            throw new AssertionError("expected one item, got " + feed.items() + " errors " + feed.itemErrors());
        }
        return feed.items().getFirst();
    }
}
