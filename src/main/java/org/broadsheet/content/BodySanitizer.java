package org.broadsheet.content;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The one HTML sanitiser: every body written to the database passes here first, whatever it
 * came from (editor, import, feed). Keeps text structure, links, images and tables; drops
 * scripts, styles, event handlers, frames and any URL that is not http(s) or mailto.
 */
public final class BodySanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "mark", "small", "abbr", "time")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    /** Parsed once: a selector string given to {@code select} is parsed again on every call. */
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator IMAGES = QueryParser.parse("img");

    /** Lets relative links (to our own pages) through while their protocol is still checked. */
    private static final String CHECK_BASE = "https://broadsheet.invalid/";

    private BodySanitizer() {
    }

    public static SanitizedHtml sanitize(String html) {
        if (html == null || html.isBlank()) {
            return new SanitizedHtml("", "");
        }
        return clean(Jsoup.parseBodyFragment(html, CHECK_BASE));
    }

    /**
     * The same for HTML parsed already (a feed's item, say), saving a second parse. Its base URI
     * resolves relative links for the protocol check, so give it the page it came from.
     */
    public static SanitizedHtml sanitizeParsed(Document parsed) {
        return clean(parsed);
    }

    private static SanitizedHtml clean(Document dirty) {
        Document doc = new Cleaner(SAFELIST).clean(dirty);
        doc.outputSettings(new Document.OutputSettings().prettyPrint(false));
        for (Element link : doc.select(LINKS)) {
            // Resolved, so that "//host/x", "HTTPS://host/x" and " https://host/x" count as the external links they are.
            String href = link.absUrl("href").toLowerCase(Locale.ROOT);
            if (href.startsWith("http") && !href.startsWith(CHECK_BASE)) {
                link.attr("rel", "nofollow noopener");
            }
        }
        for (Element img : doc.select(IMAGES)) {
            img.attr("loading", "lazy");
            img.attr("decoding", "async");
            if (!img.hasAttr("alt")) {
                img.attr("alt", "");
            }
        }
        Element body = doc.body();
        return new SanitizedHtml(body.html(), body.text());
    }

    /** Plain text of an HTML fragment, whitespace collapsed. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).text();
    }
}
