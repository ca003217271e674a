package org.broadsheet.syndication.parse;

import java.net.URI;

import tools.jackson.databind.JsonNode;

/** JSON Feed 1.0 and 1.1 (authors and author, attachments, image and banner_image). */
final class JsonFeedParser {

    private JsonFeedParser() {
    }

    static boolean looksLike(JsonNode root) {
        if (!root.isObject()) {
            return false;
        }
        String version = Json.str(root, "version");
        return version != null && version.contains("jsonfeed.org") || root.path("items").isArray() && Json.str(root, "uri") == null;
    }

    static RawFeed parse(JsonNode root, URI feedUrl) {
        String version = Json.str(root, "version");
        RawFeed feed = new RawFeed(version != null && version.contains("1.1") ? "JSON Feed 1.1" : "JSON Feed 1.0");
        feed.title = FeedText.plain(Json.str(root, "title"));
        feed.link = Urls.absoluteHttp(Json.str(root, "home_page_url"), feedUrl);
        String feedAuthor = author(root);
        int index = 0;
        for (JsonNode item : root.path("items")) {
            index++;
            if (!item.isObject()) {
                feed.errors.add("Item " + index + " is not a JSON object: left out.");
                continue;
            }
            feed.items.add(readItem(item, feedUrl, feedAuthor));
        }
        return feed;
    }

    private static RawItem readItem(JsonNode item, URI feedUrl, String feedAuthor) {
        RawItem raw = new RawItem();
        raw.base = feedUrl;
        raw.guid = Json.str(item, "id");
        raw.link = RssFeedParser.firstNonNull(Json.str(item, "url"), Json.str(item, "external_url"));
        raw.title = Json.str(item, "title");
        raw.contentHtml = Json.str(item, "content_html");
        if (RawItem.blank(raw.contentHtml) && Json.str(item, "content_text") != null) {
            raw.contentHtml = AtomFeedParser.paragraphs(Json.str(item, "content_text"));
        }
        String summary = Json.str(item, "summary");
        raw.summaryHtml = summary == null ? null : AtomFeedParser.paragraphs(summary);
        raw.author = RssFeedParser.firstNonNull(author(item), feedAuthor);
        for (JsonNode tag : item.path("tags")) {
            String t = Json.scalar(tag);
            if (t != null) {
                raw.categories.add(t);
            }
        }
        raw.published = Json.date(item, "date_published");
        raw.updated = Json.date(item, "date_modified");
        for (String key : new String[] {"image", "banner_image"}) {
            String url = Json.str(item, key);
            if (url != null) {
                raw.images.add(new RawItem.Image(url, null, 0));
            }
        }
        for (JsonNode attachment : item.path("attachments")) {
            String url = Json.str(attachment, "url");
            if (url != null && MediaRss.isImage(Json.str(attachment, "mime_type"), url)) {
                raw.images.add(new RawItem.Image(url, Json.str(attachment, "title"), 0));
            }
        }
        return raw;
    }

    private static String author(JsonNode node) {
        for (JsonNode a : node.path("authors")) {
            String name = Json.str(a, "name");
            if (name != null) {
                return name;
            }
        }
        JsonNode a = node.path("author");
        return a.isObject() ? Json.str(a, "name") : Json.scalar(a);
    }
}
