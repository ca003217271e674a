package org.broadsheet.syndication.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Namespace-aware helpers over jsoup's lenient XML tree. Feeds often use a prefix without
 * declaring it ({@code <media:content>} with no {@code xmlns:media}): well-known prefixes then
 * count as their usual namespace, so such feeds read as their authors meant.
 */
final class Xml {

    static final String NONE = "";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ATOM03 = "http://purl.org/atom/ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RSS10 = "http://purl.org/rss/1.0/";
    static final String RSS09 = "http://my.netscape.com/rdf/simple/0.9/";
    static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";
    static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private static final Map<String, String> KNOWN_PREFIXES = Map.ofEntries(
            Map.entry("atom", ATOM), Map.entry("a10", ATOM), Map.entry("dc", DC), Map.entry("dcterms", DCTERMS),
            Map.entry("content", CONTENT), Map.entry("media", MEDIA), Map.entry("rdf", RDF),
            Map.entry("at", TOMBSTONES), Map.entry("itunes", ITUNES), Map.entry("xhtml", XHTML));

    private static final Map<String, String> ALIASES = Map.of(
            "http://search.yahoo.com/mrss", MEDIA,
            "http://www.w3.org/2005/atom", ATOM,
            "http://purl.org/dc/elements/1.1", DC,
            "http://purl.org/rss/1.0/modules/content", CONTENT);

    private Xml() {
    }

    /** The element's namespace, with undeclared well-known prefixes resolved and spelling variants folded. */
    static String ns(Element e) {
        String uri = e.tag().namespace();
        if (uri == null || uri.isEmpty() || XML_NS.equals(uri)) {
            String prefix = e.tag().prefix();
            return prefix.isEmpty() ? NONE : KNOWN_PREFIXES.getOrDefault(prefix.toLowerCase(Locale.ROOT), "undeclared:" + prefix);
        }
        String alias = ALIASES.get(uri.toLowerCase(Locale.ROOT));
        return alias != null ? alias : uri;
    }

    static String local(Element e) {
        return e.tag().localName();
    }

    static boolean is(Element e, String local, String... namespaces) {
        if (!local(e).equalsIgnoreCase(local)) {
            return false;
        }
        String ns = ns(e);
        for (String n : namespaces) {
            if (n.equals(ns)) {
                return true;
            }
        }
        return false;
    }

    static Element child(Element parent, String local, String... namespaces) {
        for (Element c : parent.children()) {
            if (is(c, local, namespaces)) {
                return c;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String local, String... namespaces) {
        List<Element> found = new ArrayList<>();
        for (Element c : parent.children()) {
            if (is(c, local, namespaces)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The text of the first matching child (entities decoded, CDATA included), trimmed; null when none or blank. */
    static String text(Element parent, String local, String... namespaces) {
        Element c = child(parent, local, namespaces);
        return c == null ? null : trimmed(ownText(c));
    }

    /**
     * An element's own text: all of it when it has no child elements, else only its direct text
     * (an unclosed {@code <title>} swallows the elements after it; they are not its text).
     */
    static String ownText(Element e) {
        if (e.childrenSize() == 0) {
            return e.wholeText();
        }
        StringBuilder text = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                text.append(t.getWholeText());
            }
        }
        return text.toString();
    }

    /** The first matching element anywhere below {@code parent} (for elements a sloppy feed nested wrongly). */
    static Element descendant(Element parent, String local, String... namespaces) {
        for (Element c : parent.getAllElements()) {
            if (c != parent && is(c, local, namespaces)) {
                return c;
            }
        }
        return null;
    }

    static String trimmed(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * The HTML source an element carries: escaped or CDATA text is HTML source as it is, and
     * elements a sloppy feed put in unescaped are serialised back.
     */
    static String htmlSource(Element e) {
        if (e.childrenSize() == 0) {
            return e.wholeText();
        }
        StringBuilder html = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                html.append(t.getWholeText());
            } else if (n instanceof Element el) {
                html.append(el.outerHtml());
            }
        }
        return html.toString();
    }

    /** The base URI in force at an element: xml:base attributes from the root down, resolved against the feed URL. */
    static URI base(Element e, URI feedUrl) {
        List<String> bases = new ArrayList<>();
        for (Element at = e; at != null; at = at.parent()) {
            String b = at.attr("xml:base");
            if (!b.isBlank()) {
                bases.add(b.strip());
            }
        }
        URI base = feedUrl;
        for (int i = bases.size() - 1; i >= 0; i--) {
            URI resolved = Urls.resolve(base, bases.get(i));
            if (resolved != null) {
                base = resolved;
            }
        }
        return base;
    }
}
