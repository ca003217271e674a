package org.broadsheet.syndication.parse;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The one front door for reading feeds: decodes the bytes as browsers do, tells the format from
 * the document itself (never from the content type), reads it with the format's parser and
 * cleans every item. XML is read by jsoup's lenient XML parser, which never loads a DTD or an
 * external entity and never expands a declared entity (XXE and "billion laughs" stay inert
 * text), knows the HTML entities (&amp;nbsp; &amp;eacute; in RSS) and survives an unescaped &amp; or a
 * missing end tag. One bad item is reported in {@link ParsedFeed#itemErrors()} and the others go on.
 */
@Component
public class FormatDetectingFeedReader implements FeedReader {

    private static final int MAX_ITEMS = 5_000;

    private final WireItemFactory items;

    public FormatDetectingFeedReader(Clock clock) {
        this.items = new WireItemFactory(clock);
    }

    @Override
    public ParsedFeed read(byte[] body, String contentType, URI feedUrl) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("The feed is empty: the server sent no content.");
        }
        String text = FeedCharsets.decode(body, contentType);
        RawFeed raw;
        try {
            raw = parse(text, feedUrl);
        } catch (RuntimeException | StackOverflowError e) {
            throw new FeedParseException("The feed could not be read: it is broken beyond repair (" + e.getClass().getSimpleName() + ").", e);
        }
        List<WireItem> clean = new ArrayList<>(raw.items.size());
        List<String> errors = new ArrayList<>(raw.errors);
        int index = 0;
        for (RawItem item : raw.items) {
            index++;
            if (clean.size() >= MAX_ITEMS) {
                errors.add("The feed has more than " + MAX_ITEMS + " items: the rest were left out.");
                break;
            }
            try {
                clean.add(items.create(item, raw, feedUrl));
            } catch (RuntimeException e) {
                errors.add("Item " + index + describe(item) + " was left out: "
                        + (e instanceof IllegalArgumentException ? e.getMessage() : "it could not be read (" + e + ")") + ".");
            }
        }
        return new ParsedFeed(raw.format, Xml.trimmed(raw.title), raw.link, List.copyOf(clean), List.copyOf(errors));
    }

    private static String describe(RawItem item) {
        String name = item.guid != null ? item.guid : item.link;
        return name == null ? "" : " (" + FeedText.shorten(FeedText.plain(name), 80) + ")";
    }

    private RawFeed parse(String text, URI feedUrl) throws FeedParseException {
        int start = firstSignificant(text);
        if (start < 0) {
            throw new FeedParseException("The feed is empty: it has only white space.");
        }
        char first = text.charAt(start);
        if (first == '{' || first == '[') {
            return parseJson(text.substring(start), feedUrl);
        }
        int lt = text.indexOf('<', start);
        if (lt < 0) {
            throw new FeedParseException("This is not a feed: it is neither XML nor JSON.");
        }
        String head = text.substring(lt, Math.min(text.length(), lt + 256)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            throw webPage(text, feedUrl);
        }
        Document doc = Jsoup.parse(lt == 0 ? text : text.substring(lt), feedUrl == null ? "" : feedUrl.toString(), Parser.xmlParser());
        Element root = doc.children().first();
        if (root == null) {
            throw new FeedParseException("This is not a feed: the document has no elements.");
        }
        String name = Xml.local(root).toLowerCase(Locale.ROOT);
        String ns = Xml.ns(root);
        return switch (name) {
            case "rss", "channel" -> RssFeedParser.parse(root, feedUrl);
            case "rdf" -> RdfFeedParser.parse(root, feedUrl);
            case "feed" -> AtomFeedParser.parse(root, feedUrl);
            case "html", "head", "body", "div", "p", "table", "script", "meta", "title", "link", "h1", "form" -> throw webPage(text, feedUrl);
            case "opml" -> throw new FeedParseException("This is an OPML list of feeds, not a feed itself.");
            default -> {
                if (ns.equals(Xml.XHTML)) {
                    throw webPage(text, feedUrl);
                }
                throw new FeedParseException("This is not a feed: it is an XML document of another kind (<" + root.tagName() + ">).");
            }
        };
    }

    private static RawFeed parseJson(String json, URI feedUrl) throws FeedParseException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new FeedParseException("The JSON of this feed is broken: " + e.getOriginalMessage(), e);
        }
        if (root != null && JsonFeedParser.looksLike(root)) {
            return JsonFeedParser.parse(root, feedUrl);
        }
        if (root != null && NinjsParser.looksLike(root)) {
            return NinjsParser.parse(root, feedUrl);
        }
        throw new FeedParseException("This is JSON, but neither a JSON Feed nor IPTC ninjs.");
    }

    private static WebPageNotFeedException webPage(String html, URI pageUrl) {
        Document page = Jsoup.parse(html, pageUrl == null ? "" : pageUrl.toString());
        List<URI> feeds = new ArrayList<>();
        for (Element link : page.select("link[rel~=(?i)alternate][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("rss") || type.contains("atom") || type.contains("feed+json") || type.contains("ninjs")) {
                String abs = Urls.absoluteHttp(link.attr("href"), pageUrl);
                if (abs != null && feeds.size() < 10) {
                    feeds.add(URI.create(abs));
                }
            }
        }
        String message = feeds.isEmpty()
                ? "This is a web page, not a feed, and the page names no feed."
                : "This is a web page, not a feed. The page names its feed at " + feeds.getFirst() + ": use that address instead.";
        return new WebPageNotFeedException(message, feeds);
    }

    private static int firstSignificant(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF' && c != '\u00A0') {
                return i;
            }
        }
        return -1;
    }
}
