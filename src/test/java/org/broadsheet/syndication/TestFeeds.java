package org.broadsheet.syndication;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.broadsheet.syndication.fetch.FeedFetcher;
import org.broadsheet.syndication.fetch.FetchResult;
import org.broadsheet.syndication.parse.FeedReader;
import org.broadsheet.syndication.parse.ParsedFeed;
import org.broadsheet.syndication.parse.WireItem;

/**
 * A fake remote feed server (JDK HttpServer, with ETags and 304s) serving RSS made from
 * {@code guid|title|text} lines; and, for tests that must hold a fetch or fail it on cue, a plain
 * fetcher and a reader of those lines.
 */
final class TestFeeds implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();
    final AtomicInteger requests = new AtomicInteger();

    TestFeeds() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            int status = statuses.getOrDefault(path, bodies.containsKey(path) ? 200 : 404);
            byte[] body = bodies.getOrDefault(path, "").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", types.getOrDefault(path, "text/plain; charset=utf-8"));
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
            if (status == 200) {
                exchange.getResponseHeaders().add("ETag", etag);
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    status = 304;
                    body = new byte[0];
                }
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void serve(String path, String body) {
        bodies.put(path, body);
        statuses.remove(path);
    }

    /** Serves {@code body} with a content type and an ETag (answering 304 to a matching If-None-Match). */
    void serve(String path, String body, String contentType) {
        types.put(path, contentType);
        serve(path, body);
    }

    void fail(String path, int status) {
        statuses.put(path, status);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** An RSS 2.0 document with one item per {@code guid|title|text} line. */
    static String rss(String lines) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Test wire</title><link>https://wire.example/</link><description>Tests</description>");
        for (String line : lines.split("\n")) {
            String[] f = line.split("\\|", 3);
            if (f.length == 3) {
                xml.append("<item><guid isPermaLink=\"false\">").append(f[0]).append("</guid><title>").append(f[1])
                        .append("</title><link>https://wire.example/").append(f[0]).append("</link><pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate>")
                        .append("<description>&lt;p&gt;").append(f[2]).append("&lt;/p&gt;</description></item>");
            }
        }
        return xml.append("</channel></rss>").toString();
    }

    /** Serves {@link #rss} of the lines as application/rss+xml. */
    void serveRss(String path, String lines) {
        serve(path, rss(lines), "application/rss+xml; charset=utf-8");
    }

    /** A plain fetcher: any 2xx is fetched, anything else a failure in words. */
    static FeedFetcher fetcher() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return request -> {
            try {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(request.url()).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() / 100 != 2) {
                    return new FetchResult.Failed("The server answered " + response.statusCode() + ".", response.statusCode(), null);
                }
                return new FetchResult.Fetched(request.url(), response.statusCode(), response.body(), null, null, null);
            } catch (IOException | InterruptedException e) {
                return new FetchResult.Failed("The server could not be reached.", null, null);
            }
        };
    }

    /** Reads {@code guid|title|text} lines. */
    static FeedReader reader() {
        return (body, contentType, feedUrl) -> {
            List<WireItem> items = new ArrayList<>();
            Instant now = Instant.now().minusSeconds(60);
            for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\\|", 3);
                if (f.length == 3) {
                    items.add(new WireItem(f[0], URI.create(feedUrl.toString()).resolve("/" + f[0]).toString(), f[1],
                            "<p>" + f[2] + "</p>", f[2], null, List.of(), now, now, null, null, false, null,
                            Wire.hash(f[1] + f[2]), (long) (f[1] + f[2]).hashCode() * 0x9E3779B97F4A7C15L));
                }
            }
            return new ParsedFeed("test", "Test", feedUrl.toString(), items, List.of());
        };
    }
}
