package org.broadsheet.platform.cache;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import org.apache.catalina.valves.AccessLogValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fast path for cache hits: a small HTTP/1.1 server on the site's public port, in front of Tomcat
 * (which then listens on the loopback address only). It answers anonymous GET requests for pages the
 * {@link PageCache} holds straight from its selector threads, the way nginx answers a static file:
 * no thread hand-off, no request objects, one write. Every other request, and every later request on
 * that connection, goes to Tomcat through a {@link Tunnel}, byte for byte, so Tomcat still does all
 * the parsing, security and error handling it did before.
 */
public final class CacheFront {

    private static final Logger log = LoggerFactory.getLogger(CacheFront.class);
    private static final DateTimeFormatter ACCESS_LOG_TIME =
            DateTimeFormatter.ofPattern("'['dd/MMM/yyyy:HH:mm:ss Z']'", Locale.US).withZone(ZoneId.systemDefault());

    private final PageCache cache;
    private final Function<List<Map.Entry<String, String>>, String> variant;
    private final FrontClients clients;
    private final int threads;
    private final Duration idleTimeout;
    private final LongAdder hits = new LongAdder();
    private final LongAdder tunnels = new LongAdder();

    private volatile LogTime logTime = new LogTime(-1, "");
    private InetSocketAddress tomcat;
    private AccessLogValve accessLog;
    private ServerSocketChannel server;
    private FrontLoop[] loops;

    /**
     * @param variant     what else than the URL changes a page, from the request's cookies in order
     *                    (the same as the {@link PageCacheFilter}'s)
     * @param threads     selector threads
     * @param idleTimeout how long an idle connection stays open
     */
    public CacheFront(PageCache cache, Function<List<Map.Entry<String, String>>, String> variant, FrontClients clients,
                      int threads, Duration idleTimeout) {
        this.cache = cache;
        this.variant = variant;
        this.clients = clients;
        this.threads = threads;
        this.idleTimeout = idleTimeout;
    }

    /**
     * Listens on {@code address} and passes what it does not answer to Tomcat at {@code tomcat}.
     *
     * @param accessLog Tomcat's access log, which gets a line for each hit too; null when off
     */
    public synchronized void start(InetSocketAddress address, InetSocketAddress tomcat, AccessLogValve accessLog)
            throws IOException {
        this.tomcat = tomcat;
        this.accessLog = accessLog;
        server = ServerSocketChannel.open();
        server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        server.bind(address, 1024);
        loops = new FrontLoop[threads];
        for (int i = 0; i < threads; i++) {
            loops[i] = new FrontLoop(this);
            Thread.ofPlatform().name("cache-front-" + i).daemon().start(loops[i]);
        }
        Thread.ofPlatform().name("cache-front-accept").daemon().start(this::accept);
        log.info("event=cache_front_started port={} tomcat={}", port(), tomcat);
    }

    /** The port it listens on. */
    public int port() {
        return server.socket().getLocalPort();
    }

    /** Stops taking connections and closes those it holds; connections already with Tomcat run out there. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            log.debug("event=cache_front_close_failed", e);
        }
        for (FrontLoop loop : loops) {
            loop.close();
        }
        server = null;
    }

    public synchronized boolean running() {
        return server != null;
    }

    /** Requests answered from the cache. */
    public long hits() {
        return hits.sum();
    }

    /** Connections handed to Tomcat. */
    public long tunnels() {
        return tunnels.sum();
    }

    private void accept() {
        int next = 0;
        ServerSocketChannel listening = server;
        FrontLoop[] targets = loops;
        while (listening.isOpen()) {
            try {
                SocketChannel channel = listening.accept();
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                targets[next].add(channel);
                next = (next + 1) % targets.length;
            } catch (ClosedChannelException stopped) {
                return;
            } catch (IOException e) {
                log.warn("event=cache_front_accept_failed reason={}", e.toString());
            }
        }
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    /** The cached page for a servable request, or null. */
    PageCache.Entry lookup(RequestHead head) {
        String host = head.host();
        int colon = host.lastIndexOf(':');
        int port = 80;
        if (host.isEmpty() || host.charAt(0) == '[') {
            return null;  // an IPv6 literal: Tomcat's reading of it decides
        }
        if (colon >= 0) {
            port = portOf(host, colon + 1);
            if (port < 0) {
                return null;
            }
            host = host.substring(0, colon);
        }
        List<Map.Entry<String, String>> cookies = cookies(head.cookies());
        if (cookies == null) {
            return null;
        }
        String target = head.target();
        int question = target.indexOf('?');
        String uri = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? null : target.substring(question + 1);
        String key = PageCacheFilter.key("http", host.toLowerCase(Locale.ROOT), port, uri, query, variant.apply(cookies));
        return cache.get(key);
    }

    private static int portOf(String host, int from) {
        if (from == host.length() || host.length() - from > 5) {
            return -1;
        }
        int port = 0;
        for (int i = from; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            port = port * 10 + (c - '0');
        }
        return port;
    }

    /** The cookies in order, or null when one shows a signed-in user or is not plain enough to read here. */
    private static List<Map.Entry<String, String>> cookies(String header) {
        if (header == null) {
            return List.of();
        }
        List<Map.Entry<String, String>> cookies = new ArrayList<>(4);
        for (String piece : header.split(";")) {
            String pair = piece.strip();
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0 || pair.indexOf('"') >= 0) {
                return null;
            }
            String name = pair.substring(0, equals).strip();
            if (PageCacheFilter.SIGNED_IN_COOKIES.contains(name)) {
                return null;
            }
            cookies.add(Map.entry(name, pair.substring(equals + 1).strip()));
        }
        return cookies;
    }

    void tunnel(SocketChannel channel, InetSocketAddress client, byte[] unread) {
        tunnels.increment();
        Thread.ofVirtual().name("front-tunnel").start(new Tunnel(channel, client, unread, tomcat, clients, idleTimeout));
    }

    /** Counts a hit, and writes its access log line in the site's pattern ({@code %h %t "%r" %s %b %{ms}Tms}). */
    void hitServed(InetSocketAddress client, RequestHead head, int status, int bodyBytes, long startedNanos) {
        hits.increment();
        AccessLogValve valve = accessLog;
        if (valve == null) {
            return;
        }
        CharArrayWriter line = new CharArrayWriter(128);
        InetAddress address = client.getAddress();
        line.append(address.getHostAddress()).append(' ')
                .append(accessLogTime()).append(" \"GET ").append(head.target())
                .append(" HTTP/1.1\" ").append(Integer.toString(status)).append(' ')
                .append(bodyBytes > 0 ? Integer.toString(bodyBytes) : "-").append(' ')
                .append(Long.toString((System.nanoTime() - startedNanos) / 1_000_000)).append("ms");
        valve.log(line);
    }

    /** The access log's time of this second, formatted once a second. */
    private String accessLogTime() {
        long second = System.currentTimeMillis() / 1000;
        LogTime time = logTime;
        if (time.second() != second) {
            time = new LogTime(second, ACCESS_LOG_TIME.format(Instant.ofEpochSecond(second)));
            logTime = time;
        }
        return time.text();
    }

    private record LogTime(long second, String text) {
    }
}
