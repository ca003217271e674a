package org.broadsheet.syndication.parse;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.broadsheet.content.BodySanitizer;
import org.broadsheet.content.SanitizedHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The feed cleaning step in front of the one sanitiser ({@link BodySanitizer}): removes hostile
 * and useless elements whole (so no script text is left behind), makes every link and picture
 * absolute against the item's base, resolves lazy-loading attributes ({@code data-src},
 * {@code data-lazy-src}, {@code srcset}), drops tracking pixels and pictures that are not http(s),
 * then lets {@link BodySanitizer} apply the allowlist.
 */
final class FeedHtmlCleaner {

    /** The cleaned body (sanitised), its plain text, and its first sizeable picture (may be null). */
    record Cleaned(SanitizedHtml body, String text, String firstImage, String firstImageAlt) {
        String html() {
            return body.html();
        }
    }

    private static final SanitizedHtml EMPTY = BodySanitizer.sanitize("");

    private static final Evaluator REMOVED_WHOLE = QueryParser.parse("script, style, iframe, frame, frameset, object, embed, applet, form, input,"
            + " button, select, textarea, svg, math, meta, base, link, template, noembed, noframes, canvas, audio, video,"
            + " dialog, portal, head, title");
    private static final Evaluator NOSCRIPT = QueryParser.parse("noscript");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator CITES = QueryParser.parse("blockquote[cite], q[cite], del[cite], ins[cite]");
    private static final String[] LAZY_SRC = {"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url",
        "data-hi-res-src", "data-orig-file", "data-full-url"};
    private static final String[] LAZY_SRCSET = {"data-srcset", "data-lazy-srcset", "srcset"};
    private static final Set<String> TRACKER_HOSTS = Set.of("feeds.feedburner.com", "feedproxy.google.com",
            "pixel.wp.com", "stats.wordpress.com", "pi.feedsportal.com", "da.feedsportal.com", "rss.feedsportal.com",
            "www.google-analytics.com", "google-analytics.com", "ssl.google-analytics.com", "stats.g.doubleclick.net",
            "ad.doubleclick.net", "pubads.g.doubleclick.net", "pixel.quantserve.com", "sb.scorecardresearch.com",
            "b.scorecardresearch.com", "www.facebook.com", "pixel.facebook.com", "feeds.wordpress.com",
            "api.mixpanel.com", "ct.pinterest.com", "analytics.twitter.com", "t.co", "pixel.mathtag.com",
            "tracking.feedpress.it", "feedpress.me", "track.hubspot.com", "rss.buysellads.com", "srv.buysellads.com",
            "beacon.krxd.net", "pixel.adsafeprotected.com", "counter.yadro.ru", "mc.yandex.ru", "www.assoc-amazon.com",
            "certify.alexametrics.com", "ir-na.amazon-adsystem.com", "feeds.feedblitz.com", "assets.feedblitz.com");
    private static final Pattern TRACKER_PATH = Pattern.compile(
            "/~r/|/~ff/|/~a/|[/._-](pixel|beacon|tracker|tracking|1x1|spacer|blank|transparent)[/._?-]",
            Pattern.CASE_INSENSITIVE);
    private static final int SIZEABLE = 100;

    private FeedHtmlCleaner() {
    }

    static Cleaned clean(String html, URI base) {
        if (html == null || html.isBlank()) {
            return new Cleaned(EMPTY, "", null, null);
        }
        Document doc = Jsoup.parseBodyFragment(html, base == null ? "" : base.toString());
        doc.outputSettings().prettyPrint(false);
        doc.select(REMOVED_WHOLE).remove();
        for (Element noscript : doc.select(NOSCRIPT)) {
            Element before = noscript.previousElementSibling();
            if (before != null && before.nameIs("img")) {
                noscript.remove(); // the lazy picture in front of it is resolved below
            } else {
                noscript.unwrap();
            }
        }
        String firstImage = null;
        String firstAlt = null;
        for (Element img : doc.select(IMG)) {
            String src = imageSource(img, base);
            if (src == null || isTrackingPixel(img, src)) {
                Element parent = img.parent();
                img.remove();
                if (parent != null && parent.nameIs("a") && parent.childrenSize() == 0 && parent.text().isBlank()) {
                    parent.remove();
                }
                continue;
            }
            img.attr("src", src);
            for (String a : LAZY_SRC) {
                img.removeAttr(a);
            }
            for (String a : LAZY_SRCSET) {
                img.removeAttr(a);
            }
            if (firstImage == null && sizeable(img)) {
                firstImage = src;
                String alt = img.attr("alt").strip();
                firstAlt = alt.isEmpty() ? null : alt;
            }
        }
        for (Element a : doc.select(LINKS)) {
            String href = a.attr("href").strip();
            String abs = href.regionMatches(true, 0, "mailto:", 0, 7) ? href : Urls.absoluteHttp(href, base);
            if (abs == null) {
                a.removeAttr("href");
            } else {
                a.attr("href", abs);
            }
        }
        for (Element quote : doc.select(CITES)) {
            String abs = Urls.absoluteHttp(quote.attr("cite"), base);
            if (abs == null) {
                quote.removeAttr("cite");
            } else {
                quote.attr("cite", abs);
            }
        }
        String text = doc.body().text(); // jsoup collapses white space (no-break space included) and trims
        SanitizedHtml safe = BodySanitizer.sanitizeParsed(doc);
        return new Cleaned(safe, text, firstImage, firstAlt);
    }

    /** The picture's real address: a lazy-loading attribute, else src, else the largest srcset entry; absolute http(s) or null. */
    private static String imageSource(Element img, URI base) {
        for (String a : LAZY_SRC) {
            String abs = Urls.absoluteHttp(img.attr(a), base);
            if (abs != null) {
                return abs;
            }
        }
        String src = img.attr("src").strip();
        String abs = placeholder(src) ? null : Urls.absoluteHttp(src, base);
        if (abs != null) {
            return abs;
        }
        for (String a : LAZY_SRCSET) {
            String best = largestInSrcset(img.attr(a));
            abs = best == null ? null : Urls.absoluteHttp(best, base);
            if (abs != null) {
                return abs;
            }
        }
        return null;
    }

    private static boolean placeholder(String src) {
        String s = src.toLowerCase(Locale.ROOT);
        return s.isEmpty() || s.startsWith("data:") || s.contains("lazy") && (s.endsWith(".gif") || s.endsWith(".svg"))
                || s.endsWith("/blank.gif") || s.endsWith("/spacer.gif") || s.endsWith("/placeholder.png");
    }

    /** The candidate with the largest width (or density) descriptor; read by hand, as a regular expression could be made to crawl. */
    static String largestInSrcset(String srcset) {
        if (srcset == null || srcset.isBlank()) {
            return null;
        }
        String best = null;
        double bestSize = -1;
        int candidates = 0;
        for (String candidate : srcset.split(",")) {
            if (++candidates > 50) {
                break;
            }
            String[] parts = candidate.strip().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty()) {
                continue;
            }
            double size = 1;
            if (parts.length > 1 && parts[1].length() > 1) {
                try {
                    size = Double.parseDouble(parts[1].substring(0, parts[1].length() - 1));
                } catch (NumberFormatException ignored) {
                    // a descriptor we do not know: size 1
                }
            }
            if (size > bestSize) {
                bestSize = size;
                best = parts[0];
            }
        }
        return best;
    }

    private static boolean isTrackingPixel(Element img, String src) {
        if (tiny(img.attr("width")) || tiny(img.attr("height"))) {
            return true;
        }
        String style = img.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        if (style.contains("width:1px") || style.contains("height:1px") || style.contains("width:0") || style.contains("height:0")
                || style.contains("display:none") || style.contains("visibility:hidden")) {
            return true;
        }
        URI uri = Urls.resolve(null, src);
        String host = uri == null || uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (TRACKER_HOSTS.contains(host) || host.startsWith("pixel.") || host.startsWith("tracking.") || host.startsWith("beacon.")) {
            return true;
        }
        String path = uri == null || uri.getRawPath() == null ? "" : uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return TRACKER_PATH.matcher(path).find() && !img.hasAttr("alt") || path.contains("/~r/") || path.contains("/~ff/");
    }

    private static boolean tiny(String dimension) {
        String d = dimension.strip().toLowerCase(Locale.ROOT).replace("px", "");
        return d.equals("0") || d.equals("1") || d.equals("0.0") || d.equals("1.0");
    }

    private static boolean sizeable(Element img) {
        return atLeast(img.attr("width")) && atLeast(img.attr("height"))
                && !img.attr("src").contains("/emoji/") && !img.hasClass("wp-smiley") && !img.hasClass("emoji");
    }

    private static boolean atLeast(String dimension) {
        String d = dimension.strip().toLowerCase(Locale.ROOT).replace("px", "");
        if (d.isEmpty() || d.endsWith("%")) {
            return true;
        }
        try {
            return Double.parseDouble(d) >= SIZEABLE;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
