package org.broadsheet.platform.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.platform.web.CacheProfiles;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous GET requests from the {@link PageCache} before Spring Security and MVC do any
 * work. A response is stored only when it is a 200, public, sets no cookie and names its surrogate
 * keys (so every stored page can be invalidated precisely). Requests with a session, a
 * remember-me cookie or credentials always go through.
 */
public final class PageCacheFilter extends OncePerRequestFilter {

    static final String HIT_HEADER = "X-Cache";
    /** Cookies of a signed-in reader or editor: a request with one is never answered from the cache. */
    static final Set<String> SIGNED_IN_COOKIES = Set.of("JSESSIONID", "SESSION", "remember-me");
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "content-encoding",
            "transfer-encoding", "date", "connection", "keep-alive");

    private final PageCache cache;
    private final Function<HttpServletRequest, String> variant;

    /** @param variant what else than the URL changes the page (e.g. the reader's theme cookie) */
    public PageCacheFilter(PageCache cache, Function<HttpServletRequest, String> variant) {
        this.cache = cache;
        this.variant = variant;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request, variant);
        PageCache.Entry entry = cache.get(key);
        if (entry != null) {
            replay(entry, request, response);
            return;
        }
        long generation = cache.generation();
        StoringResponse wrapper = new StoringResponse(response);
        chain.doFilter(request, wrapper);
        Page page = pageOf(wrapper);
        response.setHeader(HIT_HEADER, "MISS");
        wrapper.copyBodyToResponse();
        if (page != null) {
            // the reader has the whole page before it is compressed for the cache (gzip and Brotli: a few ms)
            response.flushBuffer();
            cache.put(key, page.compressed(), generation);
        }
    }

    /** The cache key of a request: its absolute URL and the variant (shared with {@link PageCacheValve}). */
    static String key(HttpServletRequest request, Function<HttpServletRequest, String> variant) {
        return key(request.getScheme(), request.getServerName(), request.getServerPort(), request.getRequestURI(),
                request.getQueryString(), variant.apply(request));
    }

    /** The cache key of a request for {@code uri?query}, its query null when it has none (shared with {@link CacheFront}). */
    static String key(String scheme, String host, int port, String uri, String query, String variant) {
        return new StringBuilder(uri.length() + host.length() + variant.length() + 24
                + (query == null ? 0 : query.length()))
                .append(scheme).append("://").append(host).append(':').append(port)
                .append(uri).append('?').append(query == null ? "" : query).append('|').append(variant)
                .toString();
    }

    /** Anonymous GET requests only: no credentials, no session or remember-me cookie. */
    static boolean cacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                String name = cookie.getName();
                if (SIGNED_IN_COOKIES.contains(name)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Keeps the body, and the locale the view set (Tomcat sends it as Content-Language, not as a header we can read). */
    private static final class StoringResponse extends ContentCachingResponseWrapper {
        private Locale locale;

        StoringResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setLocale(Locale locale) {
            super.setLocale(locale);
            this.locale = locale;
        }
    }

    /** A page to cache, before compression. */
    private record Page(Map<String, List<String>> headers, byte[] body, String etag, Set<String> keys) {
        PageCache.Entry compressed() throws IOException {
            return new PageCache.Entry(200, headers, body, gzip(body), Brotli.compress(body), etag, keys);
        }
    }

    private static Page pageOf(StoringResponse response) {
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        String keys = response.getHeader(CacheProfiles.SURROGATE_KEY);
        if (response.getStatus() != 200 || cacheControl == null || !cacheControl.startsWith("public")
                || keys == null || keys.isBlank() || response.getHeader(HttpHeaders.SET_COOKIE) != null) {
            return null;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase())) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        if (response.getContentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, List.of(response.getContentType()));
        }
        if (response.locale != null && !headers.containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            headers.put(HttpHeaders.CONTENT_LANGUAGE, List.of(response.locale.toLanguageTag()));
        }
        return new Page(headers, response.getContentAsByteArray(), response.getHeader(HttpHeaders.ETAG),
                Set.of(keys.trim().split("\\s+")));
    }

    private static void replay(PageCache.Entry entry, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        entry.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setHeader(HIT_HEADER, "HIT");
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (entry.etag() != null && ifNoneMatch != null && ifNoneMatch.contains(entry.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(entry.status());
        response.addHeader(HttpHeaders.VARY, "Accept-Encoding");
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        byte[] body = entry.body();
        if (entry.brotliBody() != null && AcceptEncoding.accepts(accept, "br")) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "br");
            body = entry.brotliBody();
        } else if (AcceptEncoding.accepts(accept, "gzip")) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            body = entry.gzipBody();
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.toByteArray();
    }
}
