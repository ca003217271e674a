package org.broadsheet.syndication.parse;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        List<WireItem> clean = new ArrayList<>(Math.min(raw.items.size(), MAX_ITEMS));
        List<String> errors = new ArrayList<>(raw.errors);
        int next = 0;
        while (next < raw.items.size()) {
            if (clean.size() >= MAX_ITEMS) {
                errors.add("The feed has more than " + MAX_ITEMS + " items: the rest were left out.");
                break;
            }
            int end = Math.min(raw.items.size(), next + MAX_ITEMS - clean.size());
            Object[] done = cleanAll(raw.items.subList(next, end), raw, feedUrl);
            for (int i = 0; i < done.length; i++) {
                if (done[i] instanceof WireItem item) {
                    clean.add(item);
                } else {
                    RuntimeException e = (RuntimeException) done[i];
                    errors.add("Item " + (next + i + 1) + describe(raw.items.get(next + i)) + " was left out: "
                            + (e instanceof IllegalArgumentException ? e.getMessage() : "it could not be read (" + e + ")") + ".");
                }
            }
            next = end;
        }
        return new ParsedFeed(raw.format, Xml.trimmed(raw.title), raw.link, List.copyOf(clean), List.copyOf(errors));
    }

    /**
     * Cleans the items (HTML parsing and sanitising, hashes: CPU work), on {@link Cleaners}' threads
     * when there are enough of them to be worth it. Each slot holds the {@link WireItem} or the
     * {@link RuntimeException} that says why the item could not be one, in the items' order.
     */
    private Object[] cleanAll(List<RawItem> raw, RawFeed feed, URI feedUrl) throws FeedParseException {
        Object[] done = new Object[raw.size()];
        if (raw.size() < Cleaners.PARALLEL_FROM) {
            cleanRange(raw, feed, feedUrl, done, 0, raw.size());
            return done;
        }
        List<Future<?>> parts = new ArrayList<>();
        for (int from = 0; from < raw.size(); from += Cleaners.CHUNK) {
            int start = from;
            int end = Math.min(raw.size(), from + Cleaners.CHUNK);
            parts.add(Cleaners.POOL.submit(() -> cleanRange(raw, feed, feedUrl, done, start, end)));
        }
        try {
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            parts.forEach(p -> p.cancel(true));
            Thread.currentThread().interrupt();
            throw new FeedParseException("Reading the feed was interrupted.", e);
        } catch (ExecutionException e) {
            parts.forEach(p -> p.cancel(true));
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new FeedParseException("The feed could not be read (" + e.getCause() + ").", e.getCause());
        }
        return done; // Future.get() makes the pool's writes to done visible here
    }

    private void cleanRange(List<RawItem> raw, RawFeed feed, URI feedUrl, Object[] done, int from, int to) {
        for (int i = from; i < to; i++) {
            try {
                done[i] = items.create(raw.get(i), feed, feedUrl);
            } catch (RuntimeException e) {
                done[i] = e;
            }
        }
    }

    /**
     * The threads that clean big feeds' items: two, shared by every read (the poller's pool reads a
     * few feeds at a time, and the store is one writer anyway); daemons, so they never hold up exit.
     */
    private static final class Cleaners {
        static final int THREADS = 2;
        /** Fewer items are cleaned on the calling thread (handing over costs more than it saves). */
        static final int PARALLEL_FROM = 64;
        static final int CHUNK = 32;
        static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS,
                Thread.ofPlatform().daemon().name("feed-clean-", 1).factory());
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
