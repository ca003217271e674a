package org.broadsheet.syndication.parse;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One item as a format parser read it, before cleaning: raw strings, HTML as the feed gave it,
 * image candidates in order of preference. {@link WireItemFactory} turns it into a {@link WireItem}.
 */
final class RawItem {

    /** A picture the feed names for the item (Media RSS, enclosure, ninjs association, JSON Feed image). */
    record Image(String url, String alt, int width) {
    }

    String guid;
    String link;
    String title;
    /** The full body as HTML (content:encoded, Atom content, content_html, body_html). */
    String contentHtml;
    /** The summary as HTML (RSS description, Atom summary, JSON Feed summary, ninjs description). */
    String summaryHtml;
    String author;
    final List<String> categories = new ArrayList<>();
    Instant published;
    Instant updated;
    final List<Image> images = new ArrayList<>();
    /** Base for relative URLs (xml:base or the feed's URL). */
    URI base;
    boolean withdrawn;
    Instant embargoedUntil;

    boolean isEmpty() {
        return blank(guid) && blank(link) && blank(title) && blank(contentHtml) && blank(summaryHtml);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
