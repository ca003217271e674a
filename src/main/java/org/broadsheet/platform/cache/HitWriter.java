package org.broadsheet.platform.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a cached page's response for the {@link CacheFront}: the same status, headers and body as
 * {@link PageCacheValve} sends through Tomcat, its headers already encoded ({@link HeaderBlock}).
 */
final class HitWriter {

    private static final byte[] OK = ascii("HTTP/1.1 200 \r\n");
    private static final byte[] NOT_MODIFIED = ascii("HTTP/1.1 304 \r\n");
    private static final byte[] COLON = ascii(": ");
    private static final byte[] CRLF = ascii("\r\n");
    private static final byte[] HIT = ascii(PageCacheFilter.HIT_HEADER + ": HIT\r\n");
    private static final byte[] VARY = ascii("Vary: Accept-Encoding\r\n");
    private static final byte[] BROTLI = ascii("Content-Encoding: br\r\n");
    private static final byte[] GZIP = ascii("Content-Encoding: gzip\r\n");
    private static final byte[] CONTENT_LENGTH = ascii("Content-Length: ");
    private static final byte[] CLOSE = ascii("Connection: close\r\n");
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private long dateSecond = -1;
    private byte[] dateLine;

    /** The status and body length written by the last {@link #write}. */
    private int status;
    private int bodyLength;

    /**
     * Puts the status line and headers into {@code out}, and the body too when it fits.
     *
     * @return the body still to send after {@code out} (null when none is left)
     */
    byte[] write(ByteBuffer out, PageCache.Entry entry, RequestHead head, long nowMillis) {
        HeaderBlock block = entry.headerBlock();
        String ifNoneMatch = head.ifNoneMatch();
        boolean notModified = entry.etag() != null && ifNoneMatch != null && ifNoneMatch.contains(entry.etag());
        byte[] body = null;
        out.put(notModified ? NOT_MODIFIED : OK);
        status = notModified ? 304 : entry.status();
        for (int i = 0; i < block.count(); i++) {
            out.put(block.name(i)).put(COLON).put(block.value(i)).put(CRLF);
        }
        out.put(HIT);
        if (!notModified) {
            out.put(VARY);
            String accept = head.acceptEncoding();
            body = entry.body();
            if (accept != null) {
                if (entry.brotliBody() != null && AcceptEncoding.accepts(accept, "br")) {
                    out.put(BROTLI);
                    body = entry.brotliBody();
                } else if (AcceptEncoding.accepts(accept, "gzip")) {
                    out.put(GZIP);
                    body = entry.gzipBody();
                }
            }
            out.put(CONTENT_LENGTH).put(ascii(Integer.toString(body.length))).put(CRLF);
        }
        bodyLength = body == null ? 0 : body.length;
        out.put(dateLine(nowMillis));
        if (head.close()) {
            out.put(CLOSE);
        }
        out.put(CRLF);
        if (body != null && body.length <= out.remaining()) {
            out.put(body);
            return null;
        }
        return body;
    }

    /** Upper bound of the head {@link #write} puts for {@code entry}. */
    static int headLength(PageCache.Entry entry) {
        return entry.headerBlock().size() + 256;
    }

    int status() {
        return status;
    }

    int bodyLength() {
        return bodyLength;
    }

    private byte[] dateLine(long nowMillis) {
        long second = nowMillis / 1000;
        if (second != dateSecond) {
            dateSecond = second;
            dateLine = ascii("Date: " + HTTP_DATE.format(Instant.ofEpochSecond(second)) + "\r\n");
        }
        return dateLine;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
