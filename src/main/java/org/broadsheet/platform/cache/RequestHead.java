package org.broadsheet.platform.cache;

import java.nio.charset.StandardCharsets;

/**
 * The head of one HTTP/1.1 request as the {@link CacheFront} reads it: just enough to tell whether the
 * page cache may answer it, and with which page. Anything out of the plainest case (another method or
 * version, a body, credentials, forwarded headers, an upgrade, a line it does not understand) makes the
 * request {@linkplain #servable() not servable}: the front then hands the connection to Tomcat, which
 * answers it, errors included, exactly as it would without the front.
 */
final class RequestHead {

    /** The longest head the front reads before handing the request over (Tomcat's limit is 16 KB too). */
    static final int MAX_LENGTH = 16 * 1024;

    private static final byte[] GET = "GET ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VERSION = " HTTP/1.1".getBytes(StandardCharsets.US_ASCII);

    private int length;
    private boolean servable;
    private String target;
    private String host;
    private String cookies;
    private String ifNoneMatch;
    private String acceptEncoding;
    private boolean close;

    private RequestHead() {
    }

    /** A request the front never answers; the connection goes to Tomcat as it is. */
    private static final RequestHead NOT_SERVABLE = new RequestHead();

    /**
     * Reads the head at {@code bytes[from..to)}.
     *
     * @return the head, one that is not servable, or null while more bytes are needed to decide
     */
    static RequestHead parse(byte[] bytes, int from, int to) {
        int available = to - from;
        if (!startsWith(bytes, from, to, GET)) {
            return available < GET.length && startsWith(GET, 0, available, bytes, from) ? null : NOT_SERVABLE;
        }
        int end = endOfHead(bytes, from, to);
        if (end < 0) {
            return available >= MAX_LENGTH ? NOT_SERVABLE : null;
        }
        RequestHead head = new RequestHead();
        head.length = end - from;
        head.servable = head.read(bytes, from, end - 2);
        return head.servable ? head : NOT_SERVABLE;
    }

    /** Reads the request line and header lines in {@code [from, end)}, each ending in CRLF. */
    private boolean read(byte[] bytes, int from, int end) {
        int lineEnd = lineEnd(bytes, from, end);
        if (lineEnd < 0 || !readRequestLine(bytes, from, lineEnd)) {
            return false;
        }
        for (int line = lineEnd + 2; line < end; ) {
            int next = lineEnd(bytes, line, end);
            if (next < 0 || !readHeader(bytes, line, next)) {
                return false;
            }
            line = next + 2;
        }
        return host != null;
    }

    private boolean readRequestLine(byte[] bytes, int from, int end) {
        int targetEnd = end - VERSION.length;
        if (targetEnd <= from + GET.length || !startsWith(bytes, targetEnd, end, VERSION)
                || bytes[from + GET.length] != '/') {
            return false;
        }
        for (int i = from + GET.length; i < targetEnd; i++) {
            int b = bytes[i] & 0xFF;
            // path parameters (;jsessionid=) and anything Tomcat might read otherwise go to Tomcat
            if (b <= ' ' || b >= 0x7F || b == ';' || b == '#' || b == '\\') {
                return false;
            }
        }
        target = new String(bytes, from + GET.length, targetEnd - from - GET.length, StandardCharsets.ISO_8859_1);
        return true;
    }

    private boolean readHeader(byte[] bytes, int from, int end) {
        int colon = -1;
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == ':') {
                colon = i;
                break;
            }
            if (b <= ' ' || b >= 0x7F) {
                return false;  // folded line, space before the colon, or a byte a name cannot have
            }
        }
        if (colon <= from) {
            return false;
        }
        int valueStart = colon + 1;
        int valueEnd = end;
        while (valueStart < valueEnd && isBlank(bytes[valueStart])) {
            valueStart++;
        }
        while (valueEnd > valueStart && isBlank(bytes[valueEnd - 1])) {
            valueEnd--;
        }
        for (int i = valueStart; i < valueEnd; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < ' ' && b != '\t') || b == 0x7F) {
                return false;
            }
        }
        return accept(bytes, from, colon - from, bytes, valueStart, valueEnd);
    }

    private boolean accept(byte[] bytes, int name, int nameLength, byte[] valueBytes, int valueStart, int valueEnd) {
        switch (nameLength) {
            case 4 -> {
                if (is(bytes, name, "host")) {
                    if (host != null) {
                        return false;
                    }
                    host = ascii(valueBytes, valueStart, valueEnd);
                }
            }
            case 6 -> {
                if (is(bytes, name, "cookie")) {
                    String value = ascii(valueBytes, valueStart, valueEnd);
                    cookies = cookies == null ? value : cookies + "; " + value;
                } else if (is(bytes, name, "expect")) {
                    return false;
                }
            }
            case 7 -> {
                if (is(bytes, name, "upgrade")) {
                    return false;
                }
            }
            case 9 -> {
                if (is(bytes, name, "forwarded")) {
                    return false;
                }
            }
            case 10 -> {
                if (is(bytes, name, "connection")) {
                    String value = ascii(valueBytes, valueStart, valueEnd).toLowerCase();
                    if (value.contains("upgrade")) {
                        return false;
                    }
                    close |= value.contains("close");
                }
            }
            case 13 -> {
                if (is(bytes, name, "authorization")) {
                    return false;
                }
                if (is(bytes, name, "if-none-match")) {
                    ifNoneMatch = ascii(valueBytes, valueStart, valueEnd);
                }
            }
            case 14 -> {
                if (is(bytes, name, "content-length")) {
                    return false;
                }
            }
            case 15 -> {
                if (is(bytes, name, "accept-encoding")) {
                    acceptEncoding = ascii(valueBytes, valueStart, valueEnd);
                }
            }
            case 17 -> {
                if (is(bytes, name, "transfer-encoding")) {
                    return false;
                }
            }
            default -> { }
        }
        // X-Forwarded-For, -Proto, -Host, -Port...: Tomcat decides whether to trust them
        return nameLength < 12 || !is(bytes, name, "x-forwarded-");
    }

    /** Whether the lower-case ASCII {@code word} starts at {@code bytes[at]}, ignoring case. */
    private static boolean is(byte[] bytes, int at, String word) {
        for (int i = 0; i < word.length(); i++) {
            int b = bytes[at + i];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    /** The index of the CR of the first CRLF in {@code [from, to)}, or -1 (also for a bare LF). */
    private static int lineEnd(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return -1;
            }
            if (bytes[i] == '\r') {
                return i + 1 < to && bytes[i + 1] == '\n' ? i : -1;
            }
        }
        return -1;
    }

    /** The index just past the head's closing CRLF CRLF, or -1 when it has not arrived. */
    private static int endOfHead(byte[] bytes, int from, int to) {
        for (int i = from + 3; i < to; i++) {
            if (bytes[i] == '\n' && bytes[i - 1] == '\r' && bytes[i - 2] == '\n' && bytes[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int from, int to, byte[] prefix) {
        return to - from >= prefix.length && startsWith(bytes, from, prefix.length, prefix, 0);
    }

    private static boolean startsWith(byte[] a, int aFrom, int length, byte[] b, int bFrom) {
        for (int i = 0; i < length; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }

    /** Bytes of the head, through its blank line. */
    int length() {
        return length;
    }

    boolean servable() {
        return servable;
    }

    /** The path and query as sent. */
    String target() {
        return target;
    }

    String host() {
        return host;
    }

    /** The Cookie headers joined, or null. */
    String cookies() {
        return cookies;
    }

    String ifNoneMatch() {
        return ifNoneMatch;
    }

    String acceptEncoding() {
        return acceptEncoding;
    }

    /** The client asked to close the connection after this response. */
    boolean close() {
        return close;
    }
}
