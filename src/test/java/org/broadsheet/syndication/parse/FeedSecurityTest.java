package org.broadsheet.syndication.parse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Hostile feeds: no file is read, no entity expands, no script survives. */
class FeedSecurityTest {

    @Test
    void anExternalEntityNeverReadsALocalFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = new String(Feeds.fixture("xxe.xml"), StandardCharsets.UTF_8).replace("file:///etc/passwd", secret.toUri().toString());
        ParsedFeed feed = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Feeds.readText(xml));
        WireItem item = Feeds.onlyItem(feed);
        assertThat(item.title()).doesNotContain("TOP-SECRET").doesNotContain("root:");
        assertThat(item.bodyHtml()).doesNotContain("TOP-SECRET").doesNotContain("root:");
        assertThat(item.link()).isEqualTo("https://xxe.example.org/1");
    }

    @Test
    void billionLaughsFinishesFastWithoutExpanding() {
        ParsedFeed feed = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Feeds.read("billion-laughs.xml"));
        WireItem item = Feeds.onlyItem(feed);
        assertThat(item.title()).hasSizeLessThan(100).doesNotContain("lollol");
        assertThat(feed.title()).hasSizeLessThan(100);
    }

    @Test
    void scriptsAndEventHandlersNeverSurviveInTitleBodyOrLinks() throws FeedParseException {
        ParsedFeed feed = Feeds.read("hostile.xml");
        WireItem item = feed.items().getFirst();
        assertThat(item.title()).doesNotContain("<").doesNotContain("alert(1)").contains("Safe title");
        assertThat(item.link()).isNull();
        String body = item.bodyHtml().toLowerCase();
        for (String bad : new String[] {"<script", "onerror", "onclick", "onload", "javascript:", "vbscript:", "data:", "<iframe",
            "<object", "<embed", "<form", "<input", "<button", "<svg", "<math", "<meta", "<base", "<link", "<style", "style=", "alert("}) {
            assertThat(body).as("body must not contain %s", bad).doesNotContain(bad);
        }
        assertThat(item.bodyHtml()).contains("<img src=\"https://img.example.org/ok.jpg\"").contains("Text");
        assertThat(item.imageUrl()).startsWith("https://");
    }

    @Test
    void aDataUrlIsNeverAnItemsLink() throws FeedParseException {
        WireItem item = Feeds.read("hostile.xml").items().get(1);
        assertThat(item.link()).isNull();
        assertThat(item.guid()).isEqualTo("hostile-2");
    }

    @Test
    void hostileJsonIsCleanedLikeXml() throws FeedParseException {
        WireItem item = Feeds.onlyItem(Feeds.readText("""
                {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "j", "url": "javascript:alert(1)",
                 "title": "<img src=x onerror=alert(1)>Title", "content_html": "<p style='x' onmouseover='alert(2)'>Hi</p><a href='data:text/html,x'>d</a>",
                 "image": "data:image/png;base64,AAAA"}]}
                """));
        assertThat(item.title()).isEqualTo("Title");
        assertThat(item.link()).isNull();
        assertThat(item.imageUrl()).isNull();
        assertThat(item.bodyHtml()).isEqualTo("<p>Hi</p><a>d</a>");
    }

    @Test
    void hugeAttributesAndTextsAreReadInLinearTime() {
        String longSrcset = "x".repeat(200_000);
        String longDate = "1".repeat(100_000);
        ParsedFeed feed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Feeds.rssItem("<title>" + "&amp;".repeat(50_000)
                + "</title><link>https://d.example/1</link><pubDate>" + longDate + "</pubDate><description><![CDATA[<img srcset=\""
                + longSrcset + "\"><img srcset=\"" + "a 1w,".repeat(50_000) + "\">" + "<p>" + "word ".repeat(100_000) + "</p>]]></description>"));
        assertThat(feed.items()).hasSize(1);
    }

    @Test
    void deeplyNestedMarkupDoesNotBringTheReaderDown() {
        String deep = "<div>".repeat(20_000) + "deep" + "</div>".repeat(20_000);
        ParsedFeed feed = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Feeds.rssItem("<title>Deep</title><link>https://d.example/1</link><description><![CDATA[" + deep + "]]></description>"));
        assertThat(feed.items().size() + feed.itemErrors().size()).isEqualTo(1);
    }
}
