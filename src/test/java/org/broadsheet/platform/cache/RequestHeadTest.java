package org.broadsheet.platform.cache;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the cache front answers itself, and what it leaves to Tomcat. */
class RequestHeadTest {

    private static RequestHead parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return RequestHead.parse(bytes, 0, bytes.length);
    }

    @Test
    void a_plain_get_is_read_with_what_picks_the_page() {
        String request = "GET /story/a?page=2 HTTP/1.1\r\nHost: news.example:8080\r\nCookie: bs_theme=dark\r\n"
                + "cookie: bs_font=l\r\nAccept-Encoding: gzip, br\r\nIf-None-Match: W/\"1\"\r\nUser-Agent: x\r\n\r\n";
        RequestHead head = parse(request + "GET /next");

        assertThat(head.servable()).isTrue();
        assertThat(head.length()).isEqualTo(request.length());
        assertThat(head.target()).isEqualTo("/story/a?page=2");
        assertThat(head.host()).isEqualTo("news.example:8080");
        assertThat(head.cookies()).isEqualTo("bs_theme=dark; bs_font=l");
        assertThat(head.acceptEncoding()).isEqualTo("gzip, br");
        assertThat(head.ifNoneMatch()).isEqualTo("W/\"1\"");
        assertThat(head.close()).isFalse();
        assertThat(parse("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").close()).isTrue();
    }

    @Test
    void a_head_still_arriving_is_waited_for_unless_it_cannot_be_a_get() {
        assertThat(parse("GE")).isNull();
        assertThat(parse("GET /story/a HTTP/1.1\r\nHost: a\r\n")).isNull();
        assertThat(parse("POST /contact HTTP/1.1\r\n").servable()).isFalse();
        assertThat(parse("PUT")).isNotNull();
    }

    @Test
    void a_head_longer_than_tomcat_accepts_goes_to_tomcat() {
        String longHead = "GET / HTTP/1.1\r\nHost: a\r\nX-Long: " + "x".repeat(RequestHead.MAX_LENGTH) + "\r\n";
        assertThat(parse(longHead).servable()).isFalse();
    }

    @Test
    void anything_but_the_plainest_request_goes_to_tomcat() {
        String[] requests = {
            "GET / HTTP/1.0\r\nHost: a\r\n\r\n",
            "HEAD / HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET / HTTP/1.1\r\n\r\n",  // no Host
            "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            "GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /a;jsessionid=1 HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer x\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc",
            "GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nUpgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nX-Forwarded-For: 10.0.0.1\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nX-Forwarded-Proto: https\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nForwarded: for=10.0.0.1\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nX-Folded: a\r\n b\r\n\r\n",
            "GET / HTTP/1.1\r\nHost : a\r\n\r\n",
            "GET / HTTP/1.1\nHost: a\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nX-Bad: a\u0001b\r\n\r\n",
        };
        for (String request : requests) {
            RequestHead head = parse(request);
            assertThat(head).as(request).isNotNull();
            assertThat(head.servable()).as(request).isFalse();
        }
    }
}
