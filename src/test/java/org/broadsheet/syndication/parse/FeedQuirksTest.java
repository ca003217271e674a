package org.broadsheet.syndication.parse;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The ways real feeds go wrong, one row each: the reader copes as browsers and good feed readers do. */
class FeedQuirksTest {

    private static final String WIN1252_TITLE = "Caf\u00e9 \u201cquoted\u201d \u20ac5 \u2014 na\u00efve";

    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof byte[] b) {
                out.writeBytes(b);
            } else if (p instanceof int[] ints) {
                for (int i : ints) {
                    out.write(i);
                }
            } else {
                out.writeBytes(p.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    static byte[] rss(String declaration, String title, Charset charset) {
        String xml = declaration + "<rss version=\"2.0\"><channel><title>C</title><item><title>" + title
                + "</title><link>https://enc.example.org/1</link></item></channel></rss>";
        return xml.getBytes(charset);
    }

    static Stream<Arguments> encodings() {
        Charset cp1252 = Charset.forName("windows-1252");
        return Stream.of(
                arguments("windows-1252 bytes labelled UTF-8 read as windows-1252",
                        rss("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", WIN1252_TITLE, cp1252), null, WIN1252_TITLE),
                arguments("windows-1252 bytes with no label read as windows-1252",
                        rss("", WIN1252_TITLE, cp1252), null, WIN1252_TITLE),
                arguments("ISO-8859-1 declared is read as windows-1252, as browsers do",
                        rss("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", WIN1252_TITLE, cp1252), null, WIN1252_TITLE),
                arguments("the HTTP charset counts when the document declares none",
                        rss("<?xml version=\"1.0\"?>", "Caf\u00e9", StandardCharsets.ISO_8859_1), "text/xml; charset=iso-8859-1", "Caf\u00e9"),
                arguments("UTF-8 bytes that a server labels ISO-8859-1 stay UTF-8",
                        rss("<?xml version=\"1.0\"?>", "Caf\u00e9 \u65e5\u672c", StandardCharsets.UTF_8), "application/rss+xml; charset=ISO-8859-1",
                        "Caf\u00e9 \u65e5\u672c"),
                arguments("a UTF-8 byte order mark wins over a declaration that says otherwise",
                        bytes(new int[] {0xEF, 0xBB, 0xBF}, rss("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "Caf\u00e9", StandardCharsets.UTF_8)),
                        "text/xml; charset=windows-1252", "Caf\u00e9"),
                arguments("a UTF-16LE byte order mark wins over a declaration of UTF-8",
                        bytes(new int[] {0xFF, 0xFE}, rss("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "\u00c5lesund", StandardCharsets.UTF_16LE)),
                        null, "\u00c5lesund"),
                arguments("UTF-16BE without a byte order mark is recognised by its zero bytes",
                        rss("<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "\u00c5lesund", StandardCharsets.UTF_16BE), null, "\u00c5lesund"),
                arguments("a declared charset Java knows (KOI8-R) is used",
                        rss("<?xml version=\"1.0\" encoding=\"KOI8-R\"?>", "\u041c\u043e\u0441\u043a\u0432\u0430", Charset.forName("KOI8-R")), null,
                        "\u041c\u043e\u0441\u043a\u0432\u0430"),
                arguments("mostly UTF-8 with one stray windows-1252 byte keeps both",
                        bytes("<rss version=\"2.0\"><channel><item><title>Caf\u00e9 ", new int[] {0x96}, " bar</title><link>https://enc.example.org/1</link></item></channel></rss>"),
                        null, "Caf\u00e9 \u2013 bar"),
                arguments("illegal XML control characters are dropped",
                        rss("", "Bell\u0007 and\u000B vertical\u0000 tab\u001F", StandardCharsets.UTF_8), null, "Bell and vertical tab"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void charactersAreDecodedAsBrowsersDo(String name, byte[] body, String contentType, String title) throws FeedParseException {
        ParsedFeed feed = Feeds.READER.read(body, contentType, Feeds.FEED_URL);
        assertThat(Feeds.onlyItem(feed).title()).isEqualTo(title);
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                arguments("&amp;amp;", "&"),
                arguments("Fish &amp;amp; chips", "Fish & chips"),
                arguments("&lt;b&gt;Bold&lt;/b&gt; news", "Bold news"),
                arguments("&amp;lt;b&amp;gt;Twice&amp;lt;/b&amp;gt; escaped", "Twice escaped"),
                arguments("&amp;eacute;t&amp;eacute;", "été"),
                arguments("<![CDATA[<em>Markup</em> in CDATA]]>", "Markup in CDATA"),
                arguments("  Many\n\t lines   and\u00a0spaces  ", "Many lines and spaces"),
                arguments("Caf&eacute; &ndash; &hellip;&nbsp;more", "Café – … more"),
                arguments("5 &lt; 6 and 7 &gt; 3", "5 < 6 and 7 > 3"),
                arguments("AT&T & Co", "AT&T & Co"),
                arguments("&#8220;Quoted&#8221; &#x2014; dash", "“Quoted” — dash"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void titlesBecomePlainText(String raw, String expected) throws FeedParseException {
        WireItem item = Feeds.onlyItem(Feeds.rssItem("<title>" + raw + "</title><link>https://t.example.org/1</link>"));
        assertThat(item.title()).isEqualTo(expected);
    }

    static Stream<Arguments> items() {
        return Stream.of(
                arguments("protocol-relative link made absolute",
                        "<title>x</title><link>//news.example.org/a</link>",
                        (Consumer<WireItem>) i -> assertThat(i.link()).isEqualTo("https://news.example.org/a")),
                arguments("relative link resolved against the feed URL",
                        "<title>x</title><link>../a?id=1&amp;p=2</link>",
                        (Consumer<WireItem>) i -> assertThat(i.link()).isEqualTo("https://feeds.example.org/a?id=1&p=2")),
                arguments("link with spaces still a link",
                        "<title>x</title><link> https://news.example.org/a b </link>",
                        (Consumer<WireItem>) i -> assertThat(i.link()).isEqualTo("https://news.example.org/a%20b")),
                arguments("permalink guid is the link when there is none",
                        "<title>x</title><guid>https://news.example.org/g</guid>",
                        (Consumer<WireItem>) i -> assertThat(i.link()).isEqualTo("https://news.example.org/g")),
                arguments("guid marked not a permalink is not the link",
                        "<title>x</title><guid isPermaLink=\"false\">https://news.example.org/g</guid>",
                        (Consumer<WireItem>) i -> assertThat(i.link()).isNull()),
                arguments("a date in the future becomes now",
                        "<title>x</title><link>https://a.example/1</link><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate>",
                        (Consumer<WireItem>) i -> assertThat(i.publishedAt()).isEqualTo(Feeds.NOW)),
                arguments("a date two minutes ahead is believed (clocks differ)",
                        "<title>x</title><link>https://a.example/1</link><pubDate>Tue, 24 Nov 2026 12:02:00 GMT</pubDate>",
                        (Consumer<WireItem>) i -> assertThat(i.publishedAt()).isEqualTo(Instant.parse("2026-11-24T12:02:00Z"))),
                arguments("no date at all gives now",
                        "<title>x</title><link>https://a.example/1</link>",
                        (Consumer<WireItem>) i -> assertThat(i.publishedAt()).isEqualTo(Feeds.NOW)),
                arguments("a date that is no date gives now",
                        "<title>x</title><link>https://a.example/1</link><pubDate>sometime last week</pubDate>",
                        (Consumer<WireItem>) i -> assertThat(i.publishedAt()).isEqualTo(Feeds.NOW)),
                arguments("dc:date is read when pubDate is missing",
                        "<title>x</title><link>https://a.example/1</link><dc:date>2026-11-20T10:00:00</dc:date>",
                        (Consumer<WireItem>) i -> assertThat(i.publishedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"))),
                arguments("an e-mail author becomes the name in brackets",
                        "<title>x</title><link>https://a.example/1</link><author>desk@a.example (Jo Bloggs)</author>",
                        (Consumer<WireItem>) i -> assertThat(i.author()).isEqualTo("Jo Bloggs")),
                arguments("an excerpt is made from a long body at a word boundary",
                        "<title>x</title><link>https://a.example/1</link><description>" + "word ".repeat(200) + "</description>",
                        (Consumer<WireItem>) i -> assertThat(i.excerpt()).hasSizeLessThanOrEqualTo(325).endsWith("word…")),
                arguments("plain text with blank lines becomes paragraphs",
                        "<title>x</title><link>https://a.example/1</link><description>First.\n\nSecond &amp; last.</description>",
                        (Consumer<WireItem>) i -> assertThat(i.bodyHtml()).isEqualTo("<p>First.</p><p>Second &amp; last.</p>")),
                arguments("no title takes one from the text",
                        "<link>https://a.example/1</link><description>The text says it all.</description>",
                        (Consumer<WireItem>) i -> assertThat(i.title()).isEqualTo("The text says it all.")),
                arguments("the first sizeable body image is the featured image, pixels and icons are not",
                        "<title>x</title><link>https://a.example/1</link><description><![CDATA[<img src=\"/p.gif\" width=\"1\" height=\"1\">"
                                + "<img src=\"/icon.png\" width=\"16\" height=\"16\"><img src=\"/big.jpg\" alt=\"Big one\"></p>]]></description>",
                        (Consumer<WireItem>) i -> {
                            assertThat(i.imageUrl()).isEqualTo("https://feeds.example.org/big.jpg");
                            assertThat(i.imageAlt()).isEqualTo("Big one");
                        }),
                arguments("an image enclosure is the featured image; an audio one is not",
                        "<title>x</title><link>https://a.example/1</link><enclosure url=\"https://a.example/a.mp3\" type=\"audio/mpeg\"/>"
                                + "<enclosure url=\"https://a.example/p.jpg\" type=\"image/jpeg\"/>",
                        (Consumer<WireItem>) i -> assertThat(i.imageUrl()).isEqualTo("https://a.example/p.jpg")),
                arguments("FeedBurner's origLink is the story's own address",
                        "<title>x</title><link>https://feedproxy.google.com/~r/x/1</link><feedburner:origLink>https://a.example/story</feedburner:origLink>",
                        (Consumer<WireItem>) i -> assertThat(i.link()).isEqualTo("https://a.example/story")),
                arguments("an endless title is cut at a word boundary",
                        "<title>" + "long ".repeat(500) + "</title><link>https://a.example/1</link>",
                        (Consumer<WireItem>) i -> assertThat(i.title()).hasSizeLessThanOrEqualTo(401).endsWith("…")),
                arguments("an endless guid becomes its hash, an endless link is dropped",
                        "<title>x</title><guid isPermaLink=\"false\">" + "g".repeat(5000) + "</guid><link>https://a.example/" + "l".repeat(5000) + "</link>",
                        (Consumer<WireItem>) i -> {
                            assertThat(i.guid()).startsWith("sha256:").hasSize(71);
                            assertThat(i.link()).isNull();
                        }),
                arguments("a featured image that is not http(s) is ignored",
                        "<title>x</title><link>https://a.example/1</link><enclosure url=\"javascript:alert(1)\" type=\"image/jpeg\"/>",
                        (Consumer<WireItem>) i -> assertThat(i.imageUrl()).isNull()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void itemQuirks(String name, String itemXml, Consumer<WireItem> check) throws FeedParseException {
        check.accept(Feeds.onlyItem(Feeds.rssItem(itemXml)));
    }

    @Test
    void htmlEntitiesAndUnescapedAmpersandsInRssAreRead() throws FeedParseException {
        ParsedFeed feed = Feeds.read("quirks-entities.xml");
        WireItem first = feed.items().getFirst();
        assertThat(first.title()).isEqualTo("Café opens … AT&T says © 2026");
        assertThat(first.link()).isEqualTo("https://quirks.example.org/story?a=1&b=2");
        assertThat(first.excerpt()).isEqualTo("Prices €5 – \"fair\"");
        assertThat(feed.title()).isEqualTo("Quirks & Co");
    }

    @Test
    void anItemWithoutDateTakesTheFeedsDate() throws FeedParseException {
        assertThat(Feeds.read("quirks-entities.xml").items().getFirst().publishedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void aMissingEndTagLosesNeitherTheItemNorItsLink() throws FeedParseException {
        WireItem broken = Feeds.read("quirks-entities.xml").items().get(1);
        assertThat(broken.title()).isEqualTo("Missing end tags");
        assertThat(broken.link()).isEqualTo("https://quirks.example.org/broken");
    }

    @Test
    void undeclaredNamespacePrefixesStillMeanWhatTheyUsuallyMean() throws FeedParseException {
        WireItem item = Feeds.onlyItem(Feeds.read("quirks-undeclared-prefix.xml"));
        assertThat(item.author()).isEqualTo("Undeclared Author");
        assertThat(item.bodyHtml()).isEqualTo("<p>Full text.</p>");
        assertThat(item.imageUrl()).isEqualTo("https://cdn.example.org/p.jpg");
        assertThat(item.link()).isEqualTo("https://quirks.example.org/picture");
    }

    @Test
    void linksAndPicturesResolveAgainstXmlBase() throws FeedParseException {
        WireItem item = Feeds.onlyItem(Feeds.read("quirks-xml-base.xml"));
        assertThat(item.link()).isEqualTo("https://base.example.org/section/stories/one.html");
        assertThat(item.bodyHtml()).contains("href=\"https://base.example.org/section/two.html\"")
                .contains("src=\"https://base.example.org/img/a.jpg\"");
        assertThat(item.imageUrl()).isEqualTo("https://base.example.org/img/a.jpg");
    }

    @Test
    void aBadItemIsReportedAndTheOthersGoOn() throws FeedParseException {
        ParsedFeed feed = Feeds.readText("<rss version=\"2.0\"><channel><item><title>Good</title><link>https://a.example/1</link></item>"
                + "<item><description>   </description></item><item><title>Also good</title></item></channel></rss>");
        assertThat(feed.items()).extracting(WireItem::title).containsExactly("Good", "Also good");
        assertThat(feed.itemErrors()).singleElement().asString().startsWith("Item 2").contains("no title, link, id or text");
    }

    @Test
    void theContentTypeIsNotTrusted() throws FeedParseException {
        byte[] rss = Feeds.fixture("rss20.xml");
        assertThat(Feeds.READER.read(rss, "text/html; charset=utf-8", Feeds.FEED_URL).items()).hasSize(2);
        assertThat(Feeds.READER.read(rss, "application/octet-stream", Feeds.FEED_URL).items()).hasSize(2);
        assertThat(Feeds.READER.read(Feeds.fixture("jsonfeed10.json"), "text/plain", Feeds.FEED_URL).items()).hasSize(1);
    }

    @Test
    void aWebPageIsNotAFeedAndTheFeedItNamesIsOffered() {
        assertThatThrownBy(() -> Feeds.READER.read(Feeds.fixture("webpage.html"), "text/html", URI.create("https://gazette.example.org/home")))
                .isInstanceOf(WebPageNotFeedException.class)
                .hasMessageContaining("This is a web page, not a feed")
                .hasMessageContaining("https://gazette.example.org/feed.rss")
                .satisfies(e -> assertThat(((WebPageNotFeedException) e).feedUrls()).containsExactly(URI.create("https://gazette.example.org/feed.rss")));
    }

    @Test
    void rss2WithUserlandsDefaultNamespaceIsRead() throws FeedParseException {
        ParsedFeed feed = Feeds.readText("<rss version=\"2.0\" xmlns=\"http://backend.userland.com/rss2\"><channel><title>U</title>"
                + "<item><title>Userland</title><link>https://u.example/1</link><image>https://u.example/1.jpg</image></item></channel></rss>");
        WireItem item = Feeds.onlyItem(feed);
        assertThat(item.title()).isEqualTo("Userland");
        assertThat(item.imageUrl()).isEqualTo("https://u.example/1.jpg");
    }

    @Test
    void aFragmentOfHtmlIsAWebPageToo() {
        assertThatThrownBy(() -> Feeds.readText("\n<div class=\"page\"><p>Maintenance</p></div>"))
                .isInstanceOf(WebPageNotFeedException.class);
    }

    @Test
    void aWebPageWithoutFeedSaysSo() {
        assertThatThrownBy(() -> Feeds.readText("<html><body><p>Hello</p></body></html>"))
                .isInstanceOf(WebPageNotFeedException.class).hasMessage("This is a web page, not a feed, and the page names no feed.");
    }

    static Stream<Arguments> notFeeds() {
        return Stream.of(
                arguments("", "empty"),
                arguments("   \n  ", "empty"),
                arguments("Just some text", "neither XML nor JSON"),
                arguments("{\"hello\": \"world\"}", "neither a JSON Feed nor IPTC ninjs"),
                arguments("{\"items\": [", "JSON of this feed is broken"),
                arguments("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "XML document of another kind"),
                arguments("<opml version=\"2.0\"><body/></opml>", "OPML"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("notFeeds")
    void whatIsNotAFeedIsRefusedInPlainWords(String body, String reason) {
        assertThatThrownBy(() -> Feeds.readText(body)).isInstanceOf(FeedParseException.class).hasMessageContaining(reason);
    }
}
