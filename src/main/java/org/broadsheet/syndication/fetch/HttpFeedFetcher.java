package org.broadsheet.syndication.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import org.broadsheet.platform.config.BroadsheetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fetches feeds with the JDK's HttpClient as if every server were slow, broken or hostile: a
 * connect timeout and one deadline for the whole fetch (headers and body, redirects included), a
 * size limit on the body before and after decompression (gzip bombs refused), redirects followed
 * here so that every hop is checked (http/https only, at most {@code maxRedirects}, no loops), the
 * SSRF guard on every hop, conditional GET and Retry-After.
 */
@Component
public class HttpFeedFetcher implements FeedFetcher {

    private static final Logger log = LoggerFactory.getLogger(HttpFeedFetcher.class);
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
    /** Bodies of redirects and errors are read this far at most, then dropped. */
    private static final int SMALL_BODY = 64 * 1024;

    /** Host name lookups, each on a virtual thread so that the deadline can cut a slow one short. */
    private static final ExecutorService LOOKUPS = Executors.newVirtualThreadPerTaskExecutor();

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final Clock clock;
    /** Made on the first fetch, not at start: building it sets up TLS, about 70 ms on the way to the first page. */
    private volatile HttpClient client;

    @Autowired
    public HttpFeedFetcher(BroadsheetProperties properties, Clock clock) {
        this(fromProperties(properties), clock);
    }

    public HttpFeedFetcher(FetchSettings settings, Clock clock) {
        this(settings, new AddressGuard(settings.allowPrivateAddresses(), Set.of()), clock);
    }

    HttpFeedFetcher(FetchSettings settings, AddressGuard guard, Clock clock) {
        this.settings = settings;
        this.guard = guard;
        this.clock = clock;
    }

    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                made = client;
                if (made == null) {
                    made = HttpClient.newBuilder()
                            .connectTimeout(settings.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .version(HttpClient.Version.HTTP_1_1)
                            .build();
                    client = made;
                }
            }
        }
        return made;
    }

    private static FetchSettings fromProperties(BroadsheetProperties properties) {
        BroadsheetProperties.Syndication s = properties.syndication();
        return new FetchSettings(s.connectTimeout(), s.readTimeout(), s.maxFeedSize().toBytes(), 5,
                s.allowPrivateAddresses(), FetchSettings.userAgent(properties.baseUrl()));
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        URI url = request.url();
        Set<URI> visited = new HashSet<>();
        try {
            for (int hop = 0; ; hop++) {
                String bad = unsupported(url);
                if (bad != null) {
                    return failed(bad, null);
                }
                if (!visited.add(url)) {
                    return failed("The server redirects in a loop (back to " + url + ").", null);
                }
                String refused = checkAddress(url, deadline);
                if (refused != null) {
                    return failed(refused, null);
                }
                HttpResponse<byte[]> response = send(url, request, deadline);
                int status = response.statusCode();
                if (isRedirect(status)) {
                    String location = response.headers().firstValue("Location").orElse(null);
                    if (location == null || location.isBlank()) {
                        return failed("The server answered " + status + " (a redirect) without saying where to.", status);
                    }
                    if (hop >= settings.maxRedirects()) {
                        return failed("Too many redirects: the feed was not found after " + settings.maxRedirects() + " of them.", status);
                    }
                    URI next = resolve(url, location);
                    if (next == null) {
                        return failed("The server redirects to an address that is not valid: " + location, status);
                    }
                    url = next;
                    continue;
                }
                if (status == 304) {
                    return new FetchResult.NotModified();
                }
                if (status >= 200 && status < 300) {
                    return fetched(url, response);
                }
                return new FetchResult.Failed(statusReason(status), status, retryAfter(status, response));
            }
        } catch (IllegalArgumentException e) {
            return failed("The address " + url + " is not valid (" + e.getMessage() + ").", null);
        } catch (TooLarge e) {
            return failed(e.getMessage(), null);
        } catch (TimeoutException | HttpTimeoutException e) {
            return failed(e instanceof HttpConnectTimeoutException
                    ? "Could not connect to " + url.getHost() + " within " + seconds(settings.connectTimeout()) + "."
                    : "The server did not send the whole feed within " + seconds(settings.timeout()) + " (too slow or stalled).", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("The fetch was interrupted.", null);
        } catch (IOException e) {
            return failed(networkReason(url, e), null);
        }
    }

    /** Resolves and checks the host within the deadline (a slow DNS must not hang the poller); null when it may be fetched. */
    private String checkAddress(URI url, long deadline) throws InterruptedException {
        Future<InetAddress[]> lookup = LOOKUPS.submit(() -> guard.check(url));
        try {
            lookup.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (TimeoutException e) {
            lookup.cancel(true);
            return "The host name " + url.getHost() + " could not be looked up within " + seconds(settings.timeout()) + " (DNS).";
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AddressGuard.Refused refused) {
                return refused.getMessage();
            }
            return "The host name " + url.getHost() + " could not be found (DNS).";
        }
    }

    private HttpResponse<byte[]> send(URI url, FetchRequest request, long deadline)
            throws IOException, InterruptedException, TimeoutException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new TimeoutException();
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).GET()
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (request.etag() != null && !request.etag().isBlank()) {
            builder.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null && !request.lastModified().isBlank()) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(builder.build(), info -> {
            boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            return new LimitedBodySubscriber(success ? settings.maxBytes() : SMALL_BODY, success, declared);
        });
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge tooLarge) {
                throw tooLarge;
            }
            if (cause instanceof IOException io) {
                if (io.getCause() instanceof TooLarge tooLarge) {
                    throw tooLarge;
                }
                throw io;
            }
            throw new IOException(cause);
        }
    }

    private FetchResult fetched(URI url, HttpResponse<byte[]> response) throws IOException {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("");
        byte[] body = Decompression.decode(response.body(), encoding, settings.maxBytes());
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        return new FetchResult.Fetched(url, response.statusCode(), body, contentType,
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    private static String unsupported(URI url) {
        if (url == null) {
            return "The feed has no address.";
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "Only http and https addresses can be fetched, not " + (scheme.isEmpty() ? "\"" + url + "\"" : scheme + ":") + ".";
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            return "The address " + url + " has no valid host name.";
        }
        return null;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI resolve(URI base, String location) {
        try {
            URI next = base.resolve(location.strip().replace(" ", "%20"));
            return next.getFragment() == null ? next : new URI(next.getScheme(), next.getRawSchemeSpecificPart(), null);
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return null;
        }
    }

    private Duration retryAfter(int status, HttpResponse<?> response) {
        if (status != 429 && status != 503) {
            return null;
        }
        return RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
    }

    static String statusReason(int status) {
        String words = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized: the feed needs a sign-in";
            case 403 -> "Forbidden: the server refuses to give us the feed";
            case 404 -> "Not Found: there is no feed at this address";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 410 -> "Gone: the feed was removed for good";
            case 429 -> "Too Many Requests: we are asked to come back later";
            case 451 -> "Unavailable For Legal Reasons";
            case 500 -> "Internal Server Error: the server is broken";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable: the server is down or busy";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "a server error" : status >= 400 ? "a client error" : "an unexpected status";
        };
        return "The server answered " + status + " " + words + ".";
    }

    private static String networkReason(URI url, IOException e) {
        String host = url.getHost();
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof ConnectException || message.contains("connection refused")) {
            return "Could not connect to " + host + ": the connection was refused.";
        }
        if (e instanceof SSLException || e.getCause() instanceof SSLException) {
            return "The secure connection to " + host + " failed (" + e.getMessage() + ").";
        }
        if (message.contains("reset")) {
            return "The server " + host + " broke off the connection (connection reset).";
        }
        if (message.contains("eof") || message.contains("closed") || message.contains("no bytes")) {
            return "The server " + host + " closed the connection before the feed was complete.";
        }
        log.debug("event=feed_fetch_io feed_url={} error={}", url, e.toString());
        return "The feed could not be fetched from " + host + ": " + e.getMessage();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static FetchResult.Failed failed(String reason, Integer status) {
        return new FetchResult.Failed(reason, status, null);
    }
}
