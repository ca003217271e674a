package org.broadsheet.syndication.parse;

import java.net.URI;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The feed cleaning step: HTML in, the sanitised HTML out. */
class FeedHtmlCleanerTest {

    private static final URI BASE = URI.create("https://news.example.org/2026/story.html");

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("links become absolute with nofollow noopener",
                        "<a href=\"/about\">About</a>",
                        "<a href=\"https://news.example.org/about\" rel=\"nofollow noopener\">About</a>"),
                arguments("lazy data-src replaces the placeholder",
                        "<img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/img/real.jpg\" alt=\"Real\">",
                        "<img src=\"https://news.example.org/img/real.jpg\" alt=\"Real\" loading=\"lazy\" decoding=\"async\">"),
                arguments("data-lazy-src is read too",
                        "<img data-lazy-src=\"//cdn.example.org/l.jpg\" alt=\"\">",
                        "<img alt=\"\" src=\"https://cdn.example.org/l.jpg\" loading=\"lazy\" decoding=\"async\">"),
                arguments("srcset gives the largest picture when there is no src",
                        "<img srcset=\"/s.jpg 320w, /l.jpg 1280w, /m.jpg 640w\" alt=\"S\">",
                        "<img alt=\"S\" src=\"https://news.example.org/l.jpg\" loading=\"lazy\" decoding=\"async\">"),
                arguments("1x1 tracking pixels are dropped",
                        "<p>Text<img src=\"https://stats.example.com/t.gif\" width=\"1\" height=\"1\"></p>",
                        "<p>Text</p>"),
                arguments("known tracker hosts are dropped with their empty link",
                        "<p>Text</p><a href=\"http://feeds.feedburner.com/~ff/x?a=1\"><img src=\"http://feeds.feedburner.com/~ff/x?d=2\"></a>",
                        "<p>Text</p>"),
                arguments("zero-sized pictures are dropped",
                        "<img src=\"/a.gif\" width=\"0\" height=\"0\">x",
                        "x"),
                arguments("noscript fallback after a lazy picture is dropped, not duplicated",
                        "<img data-src=\"/a.jpg\" alt=\"A\"><noscript><img src=\"/a.jpg\" alt=\"A\"></noscript>",
                        "<img alt=\"A\" src=\"https://news.example.org/a.jpg\" loading=\"lazy\" decoding=\"async\">"),
                arguments("scripts go with their text", "<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"),
                arguments("iframes and their fallback go", "<p>a</p><iframe src=\"https://x\">fallback</iframe>", "<p>a</p>"),
                arguments("style and event attributes go", "<p style=\"color:red\" onclick=\"x()\">a</p>", "<p>a</p>"),
                arguments("javascript links lose their href", "<a href=\"javascript:alert(1)\">a</a>", "<a>a</a>"),
                arguments("mailto links stay", "<a href=\"mailto:desk@news.example.org\">mail</a>", "<a href=\"mailto:desk@news.example.org\">mail</a>"),
                arguments("images that are not http(s) go", "<img src=\"ftp://x/a.jpg\"><img src=\"javascript:x\">t", "t"),
                arguments("blockquote cite is made absolute", "<blockquote cite=\"/src\">q</blockquote>",
                        "<blockquote cite=\"https://news.example.org/src\">q</blockquote>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cleans(String name, String html, String expected) {
        assertThat(FeedHtmlCleaner.clean(html, BASE).html()).isEqualTo(expected);
    }
}
