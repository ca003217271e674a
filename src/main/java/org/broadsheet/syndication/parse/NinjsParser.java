package org.broadsheet.syndication.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * IPTC ninjs, 1.x and 2.x field names: one item, an array of items or {@code {"items": [...]}};
 * headline/headlines, body_html/body_text/bodies, description_*&#47;descriptions, pubstatus
 * (canceled or withheld: withdrawn), versioncreated, firstcreated, embargoed, pictures among the
 * associations with their renditions.
 */
final class NinjsParser {

    private NinjsParser() {
    }

    static boolean looksLike(JsonNode root) {
        JsonNode first = root.isArray() && !root.isEmpty() ? root.get(0) : root.path("items").isArray() ? root.path("items").get(0) : root;
        return first != null && first.isObject() && (get(first, "uri") != null || get(first, "headline") != null
                || get(first, "headlines") != null || get(first, "body_html") != null || get(first, "bodies") != null
                || get(first, "pubstatus") != null || get(first, "versioncreated") != null);
    }

    static RawFeed parse(JsonNode root, URI feedUrl) {
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else if (root.path("items").isArray() && get(root, "uri") == null) {
            root.path("items").forEach(items::add);
        } else {
            items.add(root);
        }
        boolean v2 = items.stream().anyMatch(i -> get(i, "bodies") != null || get(i, "headlines") != null
                || get(i, "descriptions") != null || get(i, "associations") != null && get(i, "associations").isArray());
        RawFeed feed = new RawFeed(v2 ? "ninjs 2" : "ninjs 1");
        feed.title = root.isObject() ? FeedText.plain(Json.str(root, "title")) : null;
        int index = 0;
        for (JsonNode item : items) {
            index++;
            if (!item.isObject()) {
                feed.errors.add("Item " + index + " is not a JSON object: left out.");
                continue;
            }
            feed.items.add(readItem(item, feedUrl));
        }
        return feed;
    }

    private static RawItem readItem(JsonNode item, URI feedUrl) {
        RawItem raw = new RawItem();
        raw.base = feedUrl;
        raw.guid = text(item, "uri");
        raw.link = link(item);
        raw.title = RssFeedParser.firstNonNull(text(item, "headline"), roleValue(get(item, "headlines"), "main", false),
                text(item, "title"), text(item, "slugline"));
        raw.contentHtml = RssFeedParser.firstNonNull(text(item, "body_html"), roleValue(get(item, "bodies"), "main", true));
        String bodyText = RssFeedParser.firstNonNull(text(item, "body_text"), roleValue(get(item, "bodies"), "main", false));
        if (RawItem.blank(raw.contentHtml) && bodyText != null) {
            raw.contentHtml = AtomFeedParser.paragraphs(bodyText);
        }
        raw.summaryHtml = RssFeedParser.firstNonNull(text(item, "description_html"), roleValue(get(item, "descriptions"), "summary", true));
        String summaryText = RssFeedParser.firstNonNull(text(item, "description_text"), roleValue(get(item, "descriptions"), "summary", false));
        if (RawItem.blank(raw.summaryHtml) && summaryText != null) {
            raw.summaryHtml = AtomFeedParser.paragraphs(summaryText);
        }
        raw.author = RssFeedParser.firstNonNull(text(item, "byline"), text(item, "by"), names(get(item, "people")));
        for (String key : new String[] {"subject", "subjects", "genre"}) {
            JsonNode list = get(item, key);
            if (list != null && list.isArray()) {
                for (JsonNode s : list) {
                    String name = s.isObject() ? Json.str(s, "name") : Json.scalar(s);
                    if (name != null) {
                        raw.categories.add(name);
                    }
                }
            }
        }
        raw.published = FeedDates.parse(RssFeedParser.firstNonNull(text(item, "firstcreated"), text(item, "contentcreated"),
                text(item, "versioncreated")));
        raw.updated = FeedDates.parse(text(item, "versioncreated"));
        raw.embargoedUntil = FeedDates.parse(text(item, "embargoed"));
        String status = text(item, "pubstatus");
        if (status != null) {
            String s = status.toLowerCase(Locale.ROOT);
            raw.withdrawn = s.contains("canceled") || s.contains("cancelled") || s.contains("withheld");
        }
        pictures(item, raw.images);
        return raw;
    }

    /** A field by name, case-insensitively ("pubStatus" and "pubstatus" alike); null when missing or null. */
    static JsonNode get(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode v = node.get(name);
        if (v == null) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    v = e.getValue();
                    break;
                }
            }
        }
        return v == null || v.isNull() ? null : v;
    }

    private static String text(JsonNode node, String name) {
        return Json.scalar(get(node, name));
    }

    /** From a 2.x list of {role, contenttype, value}: the value with the role (or the first), HTML or plain as asked. */
    private static String roleValue(JsonNode list, String role, boolean html) {
        if (list == null || !list.isArray()) {
            return null;
        }
        String fallback = null;
        for (JsonNode entry : list) {
            String type = RssFeedParser.firstNonNull(Json.str(entry, "contenttype"), Json.str(entry, "contentType"), "text/plain");
            if (type.toLowerCase(Locale.ROOT).contains("html") != html) {
                continue;
            }
            String value = Json.str(entry, "value");
            if (value == null) {
                continue;
            }
            String r = Json.str(entry, "role");
            if (r == null || r.equalsIgnoreCase(role)) {
                return value;
            }
            if (fallback == null) {
                fallback = value;
            }
        }
        return fallback;
    }

    private static String link(JsonNode item) {
        JsonNode links = get(item, "links");
        if (links != null && links.isArray()) {
            for (JsonNode l : links) {
                String rel = Json.str(l, "rel");
                String href = Json.str(l, "href");
                if (href != null && (rel == null || rel.contains("canonical") || rel.contains("alternate") || rel.contains("self"))) {
                    return href;
                }
            }
        }
        String url = RssFeedParser.firstNonNull(text(item, "url"), text(item, "link"));
        if (url != null) {
            return url;
        }
        String uri = text(item, "uri");
        return Urls.looksLikeHttpUrl(uri) ? uri : null;
    }

    private static String names(JsonNode list) {
        if (list == null || !list.isArray()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode p : list) {
            String n = Json.str(p, "name");
            if (n != null && (Json.str(p, "rel") == null || Json.str(p, "rel").toLowerCase(Locale.ROOT).contains("author"))) {
                names.add(n);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Pictures among the associations (1.x: an object by name, 2.x: a list), largest rendition first; then the item's own renditions. */
    private static void pictures(JsonNode item, List<RawItem.Image> out) {
        JsonNode associations = get(item, "associations");
        if (associations != null) {
            for (JsonNode a : associations.isArray() || associations.isObject() ? iterable(associations) : List.<JsonNode>of()) {
                String type = text(a, "type");
                if (type != null && !type.equalsIgnoreCase("picture") && !type.equalsIgnoreCase("image") && !type.equalsIgnoreCase("graphic")) {
                    continue;
                }
                String alt = RssFeedParser.firstNonNull(text(a, "description_text"), roleValue(get(a, "descriptions"), "caption", false),
                        text(a, "headline"), roleValue(get(a, "headlines"), "main", false), text(a, "body_text"));
                String href = bestRendition(get(a, "renditions"));
                if (href == null && Urls.looksLikeHttpUrl(text(a, "uri")) && (type != null || MediaRss.isImage(null, text(a, "uri")))) {
                    href = text(a, "uri");
                }
                if (href != null) {
                    out.add(new RawItem.Image(href, alt, 0));
                }
            }
        }
        if ("picture".equalsIgnoreCase(text(item, "type"))) {
            String href = bestRendition(get(item, "renditions"));
            if (href != null) {
                out.add(new RawItem.Image(href, text(item, "description_text"), 0));
            }
        }
    }

    private static List<JsonNode> iterable(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            node.properties().forEach(e -> values.add(e.getValue()));
        }
        return values;
    }

    private static String bestRendition(JsonNode renditions) {
        if (renditions == null || !renditions.isContainer()) {
            return null;
        }
        String best = null;
        long bestArea = -1;
        for (JsonNode r : iterable(renditions)) {
            String href = Json.str(r, "href");
            if (href == null) {
                continue;
            }
            String type = RssFeedParser.firstNonNull(Json.str(r, "mimetype"), Json.str(r, "contenttype"));
            if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("image/")) {
                continue;
            }
            long area = (long) MediaRss.number(Json.str(r, "width")) * MediaRss.number(Json.str(r, "height"));
            if (area > bestArea) {
                bestArea = area;
                best = href;
            }
        }
        return best;
    }
}
