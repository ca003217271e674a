package org.broadsheet.platform.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's port is the cache front's: cached pages come from it, everything else from Tomcat behind
 * it, over plain HTTP/1.1 connections as browsers and load testers open them.
 */
class CacheFrontIT extends AppTest {

    @Autowired
    CacheFront front;

    @Test
    void a_cached_page_is_answered_by_the_front_and_is_the_page_tomcat_rendered() throws IOException {
        String path = cachedStoryPage();
        String page = tomcatsPage(path);
        retried(() -> {
            long hitsBefore = front.hits();
            try (Connection connection = new Connection()) {
                Response response = connection.get(path, "");

                assertThat(response.status).isEqualTo(200);
                assertThat(response.header("x-cache")).isEqualTo("HIT");
                assertThat(response.header("content-security-policy")).contains("default-src 'self'");
                assertThat(response.header("date")).endsWith("GMT");
                assertThat(response.text()).contains("</html>").isEqualTo(page);
            }
            assertThat(front.hits()).isGreaterThan(hitsBefore);
        });
    }

    @Test
    void the_fronts_hits_and_hand_overs_are_in_the_metrics() throws IOException {
        cachedStoryPage();
        try (Connection connection = new Connection()) {
            String metrics = connection.get("/actuator/prometheus", "").text();
            assertThat(metrics).containsPattern("broadsheet_front_hits_total [1-9]")
                    .containsPattern("broadsheet_front_tunnels_total [1-9]");
        }
    }

    @Test
    void requests_sent_together_on_one_connection_are_answered_in_order() {
        List<String> pages = cachedStoryPages(2);
        String first = pages.get(0);
        String second = pages.get(1);
        retried(() -> {
            try (Connection connection = new Connection()) {
                connection.send(request(first, "") + request(second, "") + request(first, ""));
                List<Response> responses = List.of(connection.read(), connection.read(), connection.read());

                assertThat(responses).allSatisfy(r -> assertThat(r.header("x-cache")).isEqualTo("HIT"));
                assertThat(responses.get(0).text()).isEqualTo(responses.get(2).text()).isNotEqualTo(responses.get(1).text());
            }
        });
    }

    @Test
    void a_connection_that_asks_for_something_not_cached_is_answered_by_tomcat_from_then_on() {
        String path = cachedStoryPage();
        retried(() -> {
            long tunnelsBefore = front.tunnels();
            try (Connection connection = new Connection()) {
                assertThat(connection.get(path, "").header("x-cache")).isEqualTo("HIT");
                Response search = connection.get("/search?q=front", "");
                Response again = connection.get(path, "");

                assertThat(search.status).isEqualTo(200);
                assertThat(search.text()).contains("</html>");
                assertThat(again.status).isEqualTo(200);
                assertThat(again.text()).contains("</html>");
            }
            assertThat(front.tunnels()).isGreaterThan(tunnelsBefore);
        });
    }

    @Test
    void a_matching_etag_gets_304_without_a_body_and_gzip_is_sent_to_who_asks() throws IOException {
        String path = cachedStoryPage();
        String page = tomcatsPage(path);
        retried(() -> {
            try (Connection connection = new Connection()) {
                Response zipped = connection.get(path, "Accept-Encoding: gzip\r\n");
                Response notModified = connection.get(path, "If-None-Match: " + zipped.header("etag") + "\r\n");

                assertThat(zipped.header("x-cache")).isEqualTo("HIT");
                assertThat(zipped.header("content-encoding")).isEqualTo("gzip");
                assertThat(new String(new GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body)).readAllBytes(),
                        StandardCharsets.UTF_8)).isEqualTo(page);
                assertThat(notModified.status).isEqualTo(304);
                assertThat(notModified.body).isEmpty();
                assertThat(notModified.header("x-cache")).isEqualTo("HIT");
            }
        });
    }

    @Test
    void a_signed_in_reader_is_never_answered_by_the_front() throws IOException {
        String path = cachedStoryPage();
        try (Connection connection = new Connection()) {
            Response response = connection.get(path, "Cookie: bs_theme=dark; JSESSIONID=0123456789ABCDEF\r\n");
            assertThat(response.status).isEqualTo(200);
            assertThat(response.header("x-cache")).isNull();  // not from any cache
        }
    }

    @Test
    void a_reader_with_a_theme_gets_the_page_in_that_theme_from_the_front() throws IOException {
        String path = cachedStoryPage();
        String dark = "Cookie: bs_theme=dark\r\n";
        try (Connection connection = new Connection()) {
            Eventually.eventually(Duration.ofSeconds(5), () -> assertThat(uncheckedGet(connection, path, dark).header("x-cache")).isEqualTo("HIT"));
            Response themed = connection.get(path, dark);
            Response plain = connection.get(path, "");

            assertThat(themed.text()).contains("data-theme=\"dark\"");
            assertThat(plain.text()).doesNotContain("data-theme=\"dark\"");
        }
    }

    @Test
    void malformed_and_oversized_requests_get_tomcats_clear_errors() throws IOException {
        try (Connection connection = new Connection()) {
            connection.send("GET /a b c HTTP/1.1\r\nHost: localhost\r\n\r\n");
            Response response = connection.read();
            assertThat(response.status).isEqualTo(400);
            assertThat(response.text()).doesNotContain("Exception");
        }
        try (Connection connection = new Connection()) {
            connection.send("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(20_000) + "\r\n\r\n");
            assertThat(connection.read().status).isBetween(400, 431);
        }
    }

    @Test
    void a_reader_who_reads_slowly_still_gets_every_page_whole() throws IOException {
        String path = cachedStoryPage();
        String page = tomcatsPage(path);
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);  // the front's writes fill it and must wait
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            Connection connection = new Connection(socket);
            connection.send(request(path, "").repeat(40));
            for (int i = 0; i < 40; i++) {
                assertThat(connection.read().text()).isEqualTo(page);
            }
        }
    }

    @Test
    void a_form_post_goes_through_to_tomcat_with_its_body() throws IOException {
        try (Connection connection = new Connection()) {
            connection.send("POST /contact HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 9\r\n\r\nname=Anne");
            Response response = connection.read();
            assertThat(response.status).isEqualTo(403);  // no CSRF token: refused by Spring Security, as without the front
        }
    }

    /** A newly saved story whose page is in the cache (after the search index's one refresh of it). */
    private String cachedStoryPage() {
        return cachedStoryPages(1).getFirst();
    }

    /** Pages of new stories, all in the cache at once (a new story can refresh the pages of others like it). */
    private List<String> cachedStoryPages(int count) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var story = stories().any();
            story.save();
            paths.add("/story/" + story.slug());
        }
        Eventually.eventually(Duration.ofSeconds(5), () -> {
            try (Connection connection = new Connection()) {
                for (String path : paths) {
                    connection.get(path, "");
                }
                for (String path : paths) {
                    assertThat(connection.get(path, "").header("x-cache")).isEqualTo("HIT");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return paths;
    }

    /** The page as Tomcat renders it (with a session cookie, past every cache). */
    private String tomcatsPage(String path) throws IOException {
        try (Connection connection = new Connection()) {
            return connection.get(path, "Cookie: JSESSIONID=none\r\n").text();
        }
    }

    interface Attempt {
        void run() throws IOException;
    }

    /**
     * Runs an attempt until it passes: stories other tests save meanwhile can refresh a cached page
     * once (its related stories change), and the attempt after that finds it cached again.
     */
    private static void retried(Attempt attempt) {
        Eventually.eventually(Duration.ofSeconds(5), () -> {
            try {
                attempt.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Response uncheckedGet(Connection connection, String path, String headers) {
        try {
            return connection.get(path, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String request(String path, String headers) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n";
    }

    private record Response(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One HTTP/1.1 connection, read by hand: Content-Length bodies only, as the site sends them. */
    private final class Connection implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection() throws IOException {
            this(new Socket("127.0.0.1", port));
        }

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            socket.setSoTimeout(10_000);
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        Response get(String path, String headers) throws IOException {
            send(request(path, headers));
            return read();
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        Response read() throws IOException {
            String statusLine = line();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(); !line.isEmpty(); line = line()) {
                int colon = line.indexOf(':');
                headers.merge(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip(),
                        (a, b) -> a + ", " + b);
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            String length = headers.get("content-length");
            byte[] body = length == null ? chunked(headers) : in.readNBytes(Integer.parseInt(length));
            return new Response(status, headers, body);
        }

        private byte[] chunked(Map<String, String> headers) throws IOException {
            if (!"chunked".equals(headers.get("transfer-encoding"))) {
                return new byte[0];
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                 size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
            return body.toByteArray();
        }

        private String line() throws IOException {
            List<Byte> bytes = new ArrayList<>();
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    bytes.add((byte) b);
                }
            }
            byte[] array = new byte[bytes.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = bytes.get(i);
            }
            return new String(array, StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
