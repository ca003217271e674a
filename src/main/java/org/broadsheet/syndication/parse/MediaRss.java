package org.broadsheet.syndication.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;

/** Pictures an RSS item or Atom entry names: Media RSS ({@code media:content}, {@code media:thumbnail}, {@code media:group}) and image enclosures. */
final class MediaRss {

    private MediaRss() {
    }

    /** Adds the item's pictures to {@code out}, best first: the largest media:content, then thumbnails, then enclosures. */
    static void collect(Element item, List<RawItem.Image> out) {
        List<RawItem.Image> contents = new ArrayList<>();
        List<RawItem.Image> thumbnails = new ArrayList<>();
        String itemAlt = alt(item, null);
        gather(item, itemAlt, contents, thumbnails);
        for (Element group : Xml.children(item, "group", Xml.MEDIA)) {
            gather(group, alt(group, itemAlt), contents, thumbnails);
        }
        contents.sort(Comparator.comparingInt(RawItem.Image::width).reversed());
        out.addAll(contents);
        out.addAll(thumbnails);
        for (Element enclosure : item.children()) {
            boolean rss = Xml.is(enclosure, "enclosure", Xml.NONE, Xml.RSS10);
            boolean atom = Xml.is(enclosure, "link", Xml.ATOM, Xml.ATOM03) && enclosure.attr("rel").equalsIgnoreCase("enclosure");
            if (rss || atom) {
                String url = rss ? enclosure.attr("url") : enclosure.attr("href");
                if (isImage(enclosure.attr("type"), url)) {
                    out.add(new RawItem.Image(url.strip(), itemAlt, 0));
                }
            }
        }
    }

    private static void gather(Element parent, String alt, List<RawItem.Image> contents, List<RawItem.Image> thumbnails) {
        for (Element c : parent.children()) {
            if (Xml.is(c, "content", Xml.MEDIA)) {
                String medium = c.attr("medium").toLowerCase(Locale.ROOT);
                String url = c.attr("url").strip();
                boolean image = medium.equals("image") || medium.isEmpty() && isImage(c.attr("type"), url);
                if (image && !url.isEmpty()) {
                    contents.add(new RawItem.Image(url, alt(c, alt), number(c.attr("width"))));
                }
                for (Element thumb : Xml.children(c, "thumbnail", Xml.MEDIA)) {
                    addThumbnail(thumb, alt(c, alt), thumbnails);
                }
            } else if (Xml.is(c, "thumbnail", Xml.MEDIA)) {
                addThumbnail(c, alt, thumbnails);
            }
        }
    }

    private static void addThumbnail(Element thumb, String alt, List<RawItem.Image> thumbnails) {
        String url = thumb.attr("url").strip();
        if (!url.isEmpty()) {
            thumbnails.add(new RawItem.Image(url, alt, number(thumb.attr("width"))));
        }
    }

    private static String alt(Element e, String fallback) {
        String d = Xml.text(e, "description", Xml.MEDIA);
        if (d == null) {
            d = Xml.text(e, "title", Xml.MEDIA);
        }
        return d != null ? d : fallback;
    }

    static boolean isImage(String type, String url) {
        String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        if (!t.isEmpty()) {
            return t.startsWith("image/");
        }
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        return u.endsWith(".jpg") || u.endsWith(".jpeg") || u.endsWith(".png") || u.endsWith(".gif") || u.endsWith(".webp")
                || u.endsWith(".avif");
    }

    static int number(String s) {
        try {
            return s == null || s.isBlank() ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.max(0, Double.parseDouble(s.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
