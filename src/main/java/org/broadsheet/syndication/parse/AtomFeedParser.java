package org.broadsheet.syndication.parse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Atom 1.0 and 0.3: text constructs of type text, html and xhtml (and 0.3's escaped/xml/base64
 * modes), xml:base at every level, Media RSS and enclosure links, and RFC 6721 tombstones
 * ({@code at:deleted-entry}) as withdrawn items.
 */
final class AtomFeedParser {

    static final String[] ATOM = {Xml.ATOM, Xml.ATOM03, Xml.NONE};

    private AtomFeedParser() {
    }

    static RawFeed parse(Element root, URI feedUrl) {
        boolean v03 = Xml.ns(root).equals(Xml.ATOM03) || root.attr("version").equals("0.3");
        RawFeed feed = new RawFeed(v03 ? "Atom 0.3" : "Atom 1.0");
        URI feedBase = Xml.base(root, feedUrl);
        feed.title = FeedText.plain(textConstruct(Xml.child(root, "title", ATOM), true));
        feed.link = Urls.absoluteHttp(alternateLink(root), feedBase);
        feed.updated = FeedDates.parse(RssFeedParser.firstNonNull(Xml.text(root, "updated", ATOM), Xml.text(root, "modified", ATOM)));
        String feedAuthor = authorOf(root);
        for (Element c : root.children()) {
            if (Xml.is(c, "entry", ATOM)) {
                feed.items.add(readEntry(c, feedUrl, feedAuthor));
            } else if (Xml.is(c, "deleted-entry", Xml.TOMBSTONES)) {
                feed.items.add(readTombstone(c, feedUrl));
            }
        }
        return feed;
    }

    private static RawItem readEntry(Element entry, URI feedUrl, String feedAuthor) {
        RawItem raw = new RawItem();
        raw.base = Xml.base(entry, feedUrl);
        raw.guid = Xml.text(entry, "id", ATOM);
        raw.title = textConstruct(Xml.child(entry, "title", ATOM), true);
        raw.link = RssFeedParser.firstNonNull(RssFeedParser.origLink(entry), alternateLink(entry));
        Element content = Xml.child(entry, "content", ATOM);
        if (content != null && !content.hasAttr("src")) {
            raw.contentHtml = textConstruct(content, false);
            if (content.hasAttr("xml:base")) {
                raw.base = Xml.base(content, feedUrl);
            }
        }
        raw.summaryHtml = textConstruct(Xml.child(entry, "summary", ATOM), false);
        Element source = Xml.child(entry, "source", ATOM);
        raw.author = RssFeedParser.firstNonNull(authorOf(entry), source == null ? null : authorOf(source),
                Xml.text(entry, "creator", Xml.DC), feedAuthor);
        for (Element c : Xml.children(entry, "category", ATOM)) {
            String name = RssFeedParser.firstNonNull(c.attr("label"), c.attr("term"), c.wholeText());
            if (name != null) {
                raw.categories.add(name.strip());
            }
        }
        for (Element c : Xml.children(entry, "subject", Xml.DC)) {
            raw.categories.add(c.wholeText().strip());
        }
        raw.published = FeedDates.parse(RssFeedParser.firstNonNull(Xml.text(entry, "published", ATOM),
                Xml.text(entry, "issued", ATOM), Xml.text(entry, "created", ATOM), Xml.text(entry, "date", Xml.DC)));
        raw.updated = FeedDates.parse(RssFeedParser.firstNonNull(Xml.text(entry, "updated", ATOM), Xml.text(entry, "modified", ATOM)));
        MediaRss.collect(entry, raw.images);
        return raw;
    }

    private static RawItem readTombstone(Element deleted, URI feedUrl) {
        RawItem raw = new RawItem();
        raw.base = Xml.base(deleted, feedUrl);
        raw.guid = Xml.trimmed(deleted.attr("ref"));
        raw.withdrawn = true;
        raw.published = FeedDates.parse(deleted.attr("when"));
        raw.updated = raw.published;
        Element link = Xml.child(deleted, "link", ATOM);
        raw.link = link == null ? null : Xml.trimmed(link.attr("href"));
        String comment = Xml.text(deleted, "comment", Xml.TOMBSTONES);
        raw.title = "Withdrawn" + (raw.guid == null ? "" : ": " + raw.guid);
        raw.summaryHtml = comment == null ? null : Entities.escape(comment);
        return raw;
    }

    /** The link with rel="alternate" (or no rel), preferring an HTML one. */
    private static String alternateLink(Element parent) {
        String any = null;
        for (Element link : Xml.children(parent, "link", ATOM)) {
            String rel = link.attr("rel").strip().toLowerCase(Locale.ROOT);
            String href = Xml.trimmed(link.attr("href"));
            if (href == null && link.childrenSize() == 0) {
                href = Xml.trimmed(link.wholeText()); // an RSS habit in an Atom feed
            }
            if (href == null || !(rel.isEmpty() || rel.equals("alternate"))) {
                continue;
            }
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.isEmpty() || type.contains("html")) {
                return href;
            }
            if (any == null) {
                any = href;
            }
        }
        return any;
    }

    private static String authorOf(Element parent) {
        for (Element author : Xml.children(parent, "author", ATOM)) {
            String name = RssFeedParser.firstNonNull(Xml.text(author, "name", ATOM), Xml.text(author, "email", ATOM));
            if (name != null) {
                return name;
            }
            if (author.childrenSize() == 0 && Xml.trimmed(author.wholeText()) != null) {
                return author.wholeText().strip();
            }
        }
        return null;
    }

    /**
     * A text construct as HTML source (or, for titles, as text that {@link FeedText#plain} reads):
     * html is the escaped markup, xhtml the div's children serialised, text escaped.
     */
    static String textConstruct(Element e, boolean title) {
        if (e == null) {
            return null;
        }
        String type = e.attr("type").strip().toLowerCase(Locale.ROOT);
        String mode = e.attr("mode").strip().toLowerCase(Locale.ROOT);
        if (mode.equals("base64")) {
            try {
                return new String(Base64.getMimeDecoder().decode(e.wholeText().strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException bad) {
                return null;
            }
        }
        if (type.equals("xhtml") || type.endsWith("xhtml+xml") || mode.equals("xml")) {
            Element div = e.childrenSize() == 1 && Xml.local(e.child(0)).equalsIgnoreCase("div") ? e.child(0) : e;
            return div.html();
        }
        if (type.equals("html") || type.equals("text/html") || mode.equals("escaped")) {
            return Xml.htmlSource(e);
        }
        if (type.isEmpty() || type.equals("text") || type.startsWith("text/")) {
            String text = e.childrenSize() > 0 ? Xml.htmlSource(e) : e.wholeText();
            if (title || e.childrenSize() > 0) {
                return text;
            }
            return paragraphs(text);
        }
        return null; // another media type (an image, XML) is not readable as a story body
    }

    /** Plain text as HTML: escaped, blank lines making paragraphs and single line breaks kept. */
    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String para : text.strip().split("\\r?\\n\\s*\\r?\\n")) {
            if (!para.isBlank()) {
                html.append("<p>").append(Entities.escape(para.strip()).replaceAll("\\r?\\n", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }
}
