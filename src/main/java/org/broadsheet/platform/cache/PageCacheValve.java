package org.broadsheet.platform.cache;

import java.io.IOException;
import java.util.function.Function;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.http.HttpHeaders;

/**
 * The fast path of the {@link PageCache}: a Tomcat valve in front of the servlet filter chain that
 * answers hits with the stored bytes, the headers already encoded ({@link HeaderBlock}). It skips
 * what a hit does not need: building the filter chain, the servlet request wrappers, the HTTP
 * observation. Misses (and requests it must not answer) go on to {@link PageCacheFilter}, which
 * renders, stores, and answers hits the same way should a request reach it another way.
 * It runs in the web application's pipeline, after the engine's valves (forwarded headers, access log).
 */
public final class PageCacheValve extends ValveBase {

    private static final byte[] X_CACHE = HeaderBlock.bytes(PageCacheFilter.HIT_HEADER);
    private static final byte[] HIT = HeaderBlock.bytes("HIT");
    private static final byte[] VARY = HeaderBlock.bytes(HttpHeaders.VARY);
    private static final byte[] ACCEPT_ENCODING = HeaderBlock.bytes("Accept-Encoding");
    private static final byte[] CONTENT_ENCODING = HeaderBlock.bytes(HttpHeaders.CONTENT_ENCODING);
    private static final byte[] BR = HeaderBlock.bytes("br");
    private static final byte[] GZIP = HeaderBlock.bytes("gzip");

    private final PageCache cache;
    private final Function<HttpServletRequest, String> variant;

    /** @param variant the same function as the {@link PageCacheFilter}'s */
    public PageCacheValve(PageCache cache, Function<HttpServletRequest, String> variant) {
        super(true);
        this.cache = cache;
        this.variant = variant;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        PageCache.Entry entry = PageCacheFilter.cacheable(request) ? cache.get(PageCacheFilter.key(request, variant)) : null;
        if (entry == null) {
            getNext().invoke(request, response);
            return;
        }
        MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
        HeaderBlock block = entry.headerBlock();
        for (int i = 0; i < block.count(); i++) {
            add(headers, block.name(i), block.value(i));
        }
        add(headers, X_CACHE, HIT);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (entry.etag() != null && ifNoneMatch != null && ifNoneMatch.contains(entry.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(entry.status());
        add(headers, VARY, ACCEPT_ENCODING);
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        byte[] body = entry.body();
        if (accept != null) {
            if (entry.brotliBody() != null && AcceptEncoding.accepts(accept, "br")) {
                add(headers, CONTENT_ENCODING, BR);
                body = entry.brotliBody();
            } else if (AcceptEncoding.accepts(accept, "gzip")) {
                add(headers, CONTENT_ENCODING, GZIP);
                body = entry.gzipBody();
            }
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void add(MimeHeaders headers, byte[] name, byte[] value) {
        headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
    }
}
