package org.broadsheet.syndication.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.broadsheet.syndication.parse.FeedParseException;
import org.broadsheet.syndication.parse.FormatDetectingFeedReader;
import org.broadsheet.syndication.parse.WebPageNotFeedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The fetcher against a real local HTTP server that misbehaves in every way a feed server can. */
class HttpFeedFetcherTest {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>"
            + "<item><title>Hello</title><link>https://local.example/1</link></item></channel></rss>";
    static final long LIMIT = 200_000;

    static HttpServer server;
    static String base;
    static final CountDownLatch release = new CountDownLatch(1);
    static final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    static final ConcurrentHashMap<String, String> lastHeaders = new ConcurrentHashMap<>();

    /** Fetches from 127.0.0.1 (exempt from the SSRF guard, nothing else is) with a small size limit. */
    static final HttpFeedFetcher fetcher = new HttpFeedFetcher(
            new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(15), LIMIT, 5, false, "Broadsheet/test (+https://news.example.org)"),
            new AddressGuard(false, Set.of("127.0.0.1")), CLOCK);
    /** The same with a one-second deadline, for the stalling servers. */
    static final HttpFeedFetcher impatient = new HttpFeedFetcher(
            new FetchSettings(Duration.ofMillis(500), Duration.ofSeconds(1), LIMIT, 5, false, "Broadsheet/test"),
            new AddressGuard(false, Set.of("127.0.0.1")), CLOCK);
    static byte[] bomb;

    @BeforeAll
    static void start() throws IOException {
        bomb = bomb(50L * 1024 * 1024);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", HttpFeedFetcherTest::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        release.countDown();
        server.stop(0);
    }

    static void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        lastHeaders.put("User-Agent", String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
        lastHeaders.put("Accept-Encoding", String.valueOf(ex.getRequestHeaders().getFirst("Accept-Encoding")));
        try (ex) {
            switch (path) {
                case "/feed" -> send(ex, 200, "application/rss+xml", RSS.getBytes(StandardCharsets.UTF_8));
                case "/etag" -> {
                    ex.getResponseHeaders().set("ETag", "\"v1\"");
                    ex.getResponseHeaders().set("Last-Modified", "Tue, 24 Nov 2026 10:00:00 GMT");
                    boolean fresh = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))
                            || "Tue, 24 Nov 2026 10:00:00 GMT".equals(ex.getRequestHeaders().getFirst("If-Modified-Since"));
                    if (fresh) {
                        hits.computeIfAbsent("/etag 304", p -> new AtomicInteger()).incrementAndGet();
                        ex.sendResponseHeaders(304, -1);
                    } else {
                        hits.computeIfAbsent("/etag 200", p -> new AtomicInteger()).incrementAndGet();
                        send(ex, 200, "application/rss+xml", RSS.getBytes(StandardCharsets.UTF_8));
                    }
                }
                case "/gzip" -> {
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    send(ex, 200, "text/xml", gzip(RSS.getBytes(StandardCharsets.UTF_8)));
                }
                case "/deflate" -> {
                    ex.getResponseHeaders().set("Content-Encoding", "deflate");
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
                        d.write(RSS.getBytes(StandardCharsets.UTF_8));
                    }
                    send(ex, 200, "text/xml", out.toByteArray());
                }
                case "/bomb" -> {
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    send(ex, 200, "application/rss+xml", bomb);
                }
                case "/big" -> send(ex, 200, "application/rss+xml", new byte[(int) LIMIT + 1]);
                case "/big-chunked" -> {
                    ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
                    ex.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[16 * 1024];
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 100; i++) {
                            out.write(chunk);
                        }
                    } catch (IOException clientHungUp) {
                        // expected: the fetcher stops reading at the limit
                    }
                }
                case "/html" -> send(ex, 200, "text/html; charset=utf-8",
                        "<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\"></head><body>Hi</body></html>"
                                .getBytes(StandardCharsets.UTF_8));
                case "/octet" -> send(ex, 200, "application/octet-stream", RSS.getBytes(StandardCharsets.UTF_8));
                case "/r1" -> redirect(ex, 301, "/r2");
                case "/r2" -> redirect(ex, 302, base + "/r3");
                case "/r3" -> redirect(ex, 307, "feed");
                case "/loop-a" -> redirect(ex, 302, "/loop-b");
                case "/loop-b" -> redirect(ex, 302, "/loop-a");
                case "/to-metadata" -> redirect(ex, 302, "http://169.254.169.254/latest/meta-data/");
                case "/to-private" -> redirect(ex, 302, "http://10.0.0.1/feed");
                case "/to-file" -> redirect(ex, 302, "file:///etc/passwd");
                case "/to-ftp" -> redirect(ex, 302, "ftp://ftp.example.org/feed.xml");
                case "/no-location" -> ex.sendResponseHeaders(302, -1);
                case "/429" -> {
                    ex.getResponseHeaders().set("Retry-After", "120");
                    ex.sendResponseHeaders(429, -1);
                }
                case "/503" -> {
                    ex.getResponseHeaders().set("Retry-After",
                            DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(NOW.plusSeconds(300), ZoneOffset.UTC)));
                    send(ex, 503, "text/html", "<h1>Down for maintenance</h1>".getBytes(StandardCharsets.UTF_8));
                }
                case "/stall-body" -> {
                    ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
                    ex.sendResponseHeaders(200, 10_000);
                    ex.getResponseBody().write("<rss>".getBytes(StandardCharsets.UTF_8));
                    ex.getResponseBody().flush();
                    awaitRelease();
                }
                case "/stall-headers" -> awaitRelease();
                case "/trickle" -> {
                    ex.sendResponseHeaders(200, 0);
                    OutputStream out = ex.getResponseBody();
                    for (int i = 0; i < 100 && release.getCount() > 0; i++) {
                        out.write(' ');
                        out.flush();
                        release.await(100, TimeUnit.MILLISECONDS);
                    }
                }
                case "/short" -> {
                    ex.sendResponseHeaders(200, 5000);
                    ex.getResponseBody().write(RSS.substring(0, 40).getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    if (path.startsWith("/status/")) {
                        ex.sendResponseHeaders(Integer.parseInt(path.substring(8)), -1);
                    } else if (path.startsWith("/hops/")) {
                        int n = Integer.parseInt(path.substring(6));
                        redirect(ex, 302, n == 0 ? "/feed" : "/hops/" + (n - 1));
                    } else {
                        ex.sendResponseHeaders(404, -1);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void awaitRelease() throws InterruptedException {
        release.await(30, TimeUnit.SECONDS);
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    /** A gzip bomb: {@code size} bytes of spaces, some 50 KB compressed. */
    static byte[] bomb(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] spaces = new byte[1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            for (long written = 0; written < size; written += spaces.length) {
                gz.write(spaces);
            }
        }
        return out.toByteArray();
    }

    static FetchResult fetch(String path) {
        return fetcher.fetch(FetchRequest.of(URI.create(base + path)));
    }

    static FetchResult.Failed failed(String path) {
        FetchResult result = fetch(path);
        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        return (FetchResult.Failed) result;
    }

    static FetchResult.Fetched fetched(String path) {
        FetchResult result = fetch(path);
        assertThat(result).as(result.toString()).isInstanceOf(FetchResult.Fetched.class);
        return (FetchResult.Fetched) result;
    }

    @Test
    void aFeedIsFetchedWithItsTypeAndOurUserAgent() {
        FetchResult.Fetched f = fetched("/feed");
        assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
        assertThat(f.status()).isEqualTo(200);
        assertThat(f.contentType()).isEqualTo("application/rss+xml");
        assertThat(f.finalUrl()).isEqualTo(URI.create(base + "/feed"));
        assertThat(lastHeaders.get("User-Agent")).isEqualTo("Broadsheet/test (+https://news.example.org)");
        assertThat(lastHeaders.get("Accept-Encoding")).contains("gzip");
    }

    @Test
    void conditionalGetAnswersNotModifiedWithoutABody() {
        FetchResult.Fetched first = fetched("/etag");
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(first.lastModified()).isEqualTo("Tue, 24 Nov 2026 10:00:00 GMT");
        FetchRequest again = new FetchRequest(URI.create(base + "/etag"), first.etag(), first.lastModified());
        assertThat(fetcher.fetch(again)).isInstanceOf(FetchResult.NotModified.class);
        assertThat(fetcher.fetch(new FetchRequest(URI.create(base + "/etag"), null, first.lastModified())))
                .isInstanceOf(FetchResult.NotModified.class);
        assertThat(hits.get("/etag 200").get()).isEqualTo(1);
        assertThat(hits.get("/etag 304").get()).isEqualTo(2);
    }

    @Test
    void gzipAndDeflateAreDecompressed() {
        assertThat(new String(fetched("/gzip").body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
        assertThat(new String(fetched("/deflate").body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
    }

    @Test
    void aGzipBombIsRefusedWithAClearReason() {
        assertThat(bomb.length).isLessThan(100_000);
        FetchResult.Failed f = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> failed("/bomb"));
        assertThat(f.reason()).isEqualTo("The feed is larger than " + LIMIT + " bytes once decompressed (a compression bomb?): refused.");
    }

    @Test
    void anOversizedBodyIsRefusedWhetherDeclaredOrStreamed() {
        assertThat(failed("/big").reason()).contains("larger than");
        assertThat(failed("/big-chunked").reason()).contains("larger than");
    }

    @Test
    void redirectsAreFollowedAndTheFinalAddressReported() {
        FetchResult.Fetched f = fetched("/r1");
        assertThat(f.finalUrl()).isEqualTo(URI.create(base + "/feed"));
        assertThat(fetched("/hops/4").finalUrl()).isEqualTo(URI.create(base + "/feed"));
    }

    @Test
    void moreThanFiveRedirectsAreRefused() {
        assertThat(failed("/hops/5").reason()).contains("Too many redirects");
    }

    @Test
    void aRedirectLoopIsRefused() {
        assertThat(failed("/loop-a").reason()).contains("loop");
    }

    @Test
    void redirectsToInternalAddressesOrOtherSchemesAreRefused() {
        assertThat(failed("/to-metadata").reason()).contains("169.254.169.254").contains("refused");
        assertThat(failed("/to-private").reason()).contains("10.0.0.1").contains("private");
        assertThat(failed("/to-file").reason()).contains("Only http and https").contains("file:");
        assertThat(failed("/to-ftp").reason()).contains("Only http and https").contains("ftp:");
        assertThat(failed("/no-location").reason()).contains("without saying where");
    }

    @Test
    void errorStatusesAreFailuresInPlainWords() {
        assertThat(failed("/status/404")).satisfies(f -> {
            assertThat(f.status()).isEqualTo(404);
            assertThat(f.reason()).isEqualTo("The server answered 404 Not Found: there is no feed at this address.");
            assertThat(f.retryAfter()).isNull();
        });
        assertThat(failed("/status/410").reason()).contains("410 Gone");
        assertThat(failed("/status/500").reason()).contains("500 Internal Server Error");
        assertThat(failed("/status/403").status()).isEqualTo(403);
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsADate() {
        FetchResult.Failed tooMany = failed("/429");
        assertThat(tooMany.status()).isEqualTo(429);
        assertThat(tooMany.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        FetchResult.Failed unavailable = failed("/503");
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void aStalledServerTimesOutInsteadOfHanging() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String path : new String[] {"/stall-headers", "/stall-body", "/trickle"}) {
                FetchResult result = impatient.fetch(FetchRequest.of(URI.create(base + path)));
                assertThat(((FetchResult.Failed) result).reason()).as(path).isEqualTo("The server did not send the whole feed within 1 s (too slow or stalled).");
            }
        });
    }

    @Test
    void aBodyCutShortIsAFailure() {
        assertThat(failed("/short").reason()).contains("closed the connection");
    }

    @Test
    void aConnectionResetIsAFailureInPlainWords() throws Exception {
        try (ServerSocket resetter = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Thread.ofVirtual().start(() -> {
                while (!resetter.isClosed()) { // the client retries a GET once on a fresh connection: reset every one
                    try (Socket s = resetter.accept()) {
                        InputStream in = s.getInputStream();
                        in.read(new byte[4096]);
                        s.setSoLinger(true, 0);
                    } catch (IOException ignored) {
                        // closed at the end of the test
                    }
                }
            });
            FetchResult result = fetcher.fetch(FetchRequest.of(URI.create("http://127.0.0.1:" + resetter.getLocalPort() + "/feed")));
            assertThat(result).isInstanceOf(FetchResult.Failed.class);
            assertThat(((FetchResult.Failed) result).reason()).containsAnyOf("connection reset", "closed the connection");
        }
    }

    @Test
    void aRefusedConnectionIsAFailureInPlainWords() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        FetchResult result = fetcher.fetch(FetchRequest.of(URI.create("http://127.0.0.1:" + port + "/feed")));
        assertThat(((FetchResult.Failed) result).reason()).contains("refused");
    }

    @Test
    void wrongContentTypesAreStillReadWhenTheBytesAreAFeed() throws FeedParseException {
        FetchResult.Fetched f = fetched("/octet");
        assertThat(new FormatDetectingFeedReader(CLOCK).read(f.body(), f.contentType(), f.finalUrl()).items()).hasSize(1);
    }

    @Test
    void aWebPageInsteadOfAFeedSaysSoAndNamesTheFeed() {
        FetchResult.Fetched f = fetched("/html");
        assertThatThrownBy(() -> new FormatDetectingFeedReader(CLOCK).read(f.body(), f.contentType(), f.finalUrl()))
                .isInstanceOf(WebPageNotFeedException.class)
                .hasMessageContaining("web page, not a feed").hasMessageContaining(base + "/atom.xml");
    }

    @Test
    void internalAddressesAreRefusedByDefaultWithoutAnyRequest() {
        HttpFeedFetcher guarded = new HttpFeedFetcher(FetchSettings.defaults(), CLOCK);
        int before = hits.getOrDefault("/feed", new AtomicInteger()).get();
        int port = server.getAddress().getPort();
        for (String url : new String[] {base + "/feed", "http://localhost:" + port + "/feed", "http://[::1]:" + port + "/feed",
            "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/feed", "http://[::ffff:127.0.0.1]:" + port + "/feed",
            "http://0.0.0.0:" + port + "/feed"}) {
            FetchResult result = guarded.fetch(FetchRequest.of(URI.create(url)));
            assertThat(result).as(url).isInstanceOf(FetchResult.Failed.class);
            assertThat(((FetchResult.Failed) result).reason()).as(url).contains("refused").contains("allow-private-addresses");
        }
        assertThat(hits.getOrDefault("/feed", new AtomicInteger()).get()).isEqualTo(before);
    }

    @Test
    void internalAddressesCanBeAllowed() {
        FetchSettings open = new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), LIMIT, 5, true, "Broadsheet/test");
        assertThat(new HttpFeedFetcher(open, CLOCK).fetch(FetchRequest.of(URI.create(base + "/feed")))).isInstanceOf(FetchResult.Fetched.class);
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        for (String url : new String[] {"file:///etc/passwd", "ftp://ftp.example.org/feed.xml", "gopher://x/", "jar:file:/x.jar!/a"}) {
            FetchResult result = fetcher.fetch(FetchRequest.of(URI.create(url)));
            assertThat(((FetchResult.Failed) result).reason()).as(url).startsWith("Only http and https");
        }
    }

    @Test
    void anUnknownHostIsAFailureInPlainWords() {
        FetchResult result = fetcher.fetch(FetchRequest.of(URI.create("http://no-such-host.invalid/feed")));
        assertThat(((FetchResult.Failed) result).reason()).contains("could not be found");
    }
}
