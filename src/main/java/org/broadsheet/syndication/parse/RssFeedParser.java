package org.broadsheet.syndication.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * RSS 0.91, 0.92 and 2.0, with the usual extensions: {@code content:encoded}, {@code dc:creator},
 * {@code dc:date}, Media RSS, enclosures, {@code atom:link}. Item reading is shared with RSS 1.0.
 */
final class RssFeedParser {

    /** RSS item elements have no namespace in 0.9x/2.0, the RSS 1.0 or 0.9 namespace in RDF feeds. */
    static final String[] RSS = {Xml.NONE, Xml.RSS10, Xml.RSS09, "http://backend.userland.com/rss2", "http://backend.userland.com/rss"};

    private RssFeedParser() {
    }

    static RawFeed parse(Element root, URI feedUrl) {
        String version = root.attr("version").strip();
        RawFeed feed = new RawFeed(version.isEmpty() ? "RSS" : "RSS " + version);
        Element channel = Xml.is(root, "channel", RSS) ? root : Xml.child(root, "channel", RSS);
        if (channel == null) {
            channel = root;
        }
        readChannel(channel, feed, feedUrl);
        List<Element> items = new ArrayList<>(Xml.children(channel, "item", RSS));
        if (channel != root) {
            items.addAll(Xml.children(root, "item", RSS));
        }
        for (Element item : items) {
            feed.items.add(readItem(item, feedUrl));
        }
        return feed;
    }

    static void readChannel(Element channel, RawFeed feed, URI feedUrl) {
        feed.title = FeedText.plain(Xml.text(channel, "title", RSS));
        String link = Xml.text(channel, "link", RSS);
        feed.link = Urls.absoluteHttp(link, Xml.base(channel, feedUrl));
        feed.updated = FeedDates.parse(firstText(channel, "lastBuildDate", "pubDate"));
        if (feed.updated == null) {
            feed.updated = FeedDates.parse(Xml.text(channel, "date", Xml.DC));
        }
    }

    static RawItem readItem(Element item, URI feedUrl) {
        RawItem raw = new RawItem();
        raw.base = Xml.base(item, feedUrl);
        raw.title = Xml.text(item, "title", RSS);
        if (raw.title == null) {
            raw.title = Xml.text(item, "title", Xml.DC);
        }
        raw.link = RssFeedParser.firstNonNull(origLink(item), Xml.text(item, "link", RSS));
        if (raw.link == null) {
            raw.link = atomAlternate(item);
        }
        if (raw.link == null) {
            Element nested = Xml.descendant(item, "link", RSS);
            raw.link = nested == null ? null : Xml.trimmed(Xml.ownText(nested));
        }
        Element guid = Xml.child(item, "guid", RSS);
        if (guid != null) {
            raw.guid = Xml.trimmed(guid.wholeText());
            if (raw.link == null && raw.guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false")
                    && Urls.looksLikeHttpUrl(raw.guid)) {
                raw.link = raw.guid;
            }
        }
        if (raw.guid == null && item.hasAttr("rdf:about")) {
            raw.guid = Xml.trimmed(item.attr("rdf:about"));
        }
        if (raw.guid == null) {
            raw.guid = Xml.text(item, "identifier", Xml.DC);
        }
        Element description = Xml.child(item, "description", RSS);
        raw.summaryHtml = description == null ? null : Xml.htmlSource(description);
        Element encoded = Xml.child(item, "encoded", Xml.CONTENT);
        raw.contentHtml = encoded == null ? null : Xml.htmlSource(encoded);
        if (RawItem.blank(raw.summaryHtml) && RawItem.blank(raw.contentHtml)) {
            raw.summaryHtml = firstNonNull(Xml.text(item, "description", Xml.MEDIA), Xml.text(item, "summary", Xml.ITUNES));
        }
        raw.author = firstNonNull(Xml.text(item, "creator", Xml.DC), authorName(Xml.text(item, "author", RSS)),
                Xml.text(item, "author", Xml.ITUNES), atomAuthor(item));
        for (Element c : item.children()) {
            if (Xml.is(c, "category", RSS) || Xml.is(c, "subject", Xml.DC)) {
                String name = Xml.trimmed(c.wholeText());
                if (name != null) {
                    raw.categories.add(name);
                }
            }
        }
        raw.published = FeedDates.parse(Xml.text(item, "pubDate", RSS));
        if (raw.published == null) {
            raw.published = FeedDates.parse(firstNonNull(Xml.text(item, "date", Xml.DC), Xml.text(item, "issued", Xml.DCTERMS),
                    Xml.text(item, "published", Xml.ATOM), Xml.text(item, "created", Xml.DCTERMS)));
        }
        raw.updated = FeedDates.parse(firstNonNull(Xml.text(item, "updated", Xml.ATOM), Xml.text(item, "modified", Xml.DCTERMS)));
        MediaRss.collect(item, raw.images);
        Element image = Xml.child(item, "image", RSS);
        if (image != null) { // not RSS, but common: <image>URL</image> or <image><url>URL</url></image>
            String url = RssFeedParser.firstNonNull(Xml.text(image, "url", RSS), Xml.ownText(image));
            if (Urls.looksLikeHttpUrl(url) || url != null && url.startsWith("/")) {
                raw.images.add(new RawItem.Image(url.strip(), Xml.text(image, "title", RSS), 0));
            }
        }
        return raw;
    }

    /** FeedBurner's {@code feedburner:origLink}: the story's own address instead of a tracking redirect. */
    static String origLink(Element item) {
        for (Element c : item.children()) {
            if (Xml.local(c).equalsIgnoreCase("origLink")) {
                String link = Xml.trimmed(Xml.ownText(c));
                if (Urls.looksLikeHttpUrl(link)) {
                    return link;
                }
            }
        }
        return null;
    }

    /** "editor@example.org (Maren Holt)" -> "Maren Holt"; a bare e-mail address stays as it is. */
    static String authorName(String author) {
        if (author == null) {
            return null;
        }
        int open = author.indexOf('(');
        int close = author.lastIndexOf(')');
        if (open >= 0 && close > open + 1 && author.substring(0, open).contains("@")) {
            return author.substring(open + 1, close).strip();
        }
        return author;
    }

    private static String atomAlternate(Element item) {
        for (Element link : Xml.children(item, "link", Xml.ATOM)) {
            String rel = link.attr("rel");
            if (rel.isEmpty() || rel.equalsIgnoreCase("alternate")) {
                return Xml.trimmed(link.attr("href"));
            }
        }
        return null;
    }

    private static String atomAuthor(Element item) {
        Element author = Xml.child(item, "author", Xml.ATOM);
        return author == null ? null : Xml.text(author, "name", Xml.ATOM);
    }

    private static String firstText(Element parent, String... locals) {
        for (String local : locals) {
            String t = Xml.text(parent, local, RSS);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
