package org.broadsheet.syndication.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text the way browsers and good feed readers do it: a byte order mark wins, then the
 * XML declaration or the HTTP charset (UTF-8 where the bytes prove it), ISO-8859-1 read as
 * windows-1252, and bytes that are not valid UTF-8 read as windows-1252 one by one. Characters XML
 * forbids (controls, lone surrogates, U+FFFE/U+FFFF) are dropped.
 */
final class FeedCharsets {

    private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");
    private static final Pattern HTTP_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** windows-1252's 0x80-0x9F; the five holes keep their C1 code points (dropped later as controls). */
    private static final char[] CP1252_HIGH = ("\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178").toCharArray();

    private FeedCharsets() {
    }

    static String decode(byte[] b, String contentType) {
        String text = decodeRaw(b, contentType);
        return dropIllegal(text);
    }

    private static String decodeRaw(byte[] b, String contentType) {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return utf8(b, 3);
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return decodeWith(b, 4, Charset.forName("UTF-32BE"));
        }
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return decodeWith(b, 4, Charset.forName("UTF-32LE"));
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return decodeWith(b, 2, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return decodeWith(b, 2, StandardCharsets.UTF_16LE);
        }
        if (n >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return decodeWith(b, 0, StandardCharsets.UTF_16BE);
        }
        if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return decodeWith(b, 0, StandardCharsets.UTF_16LE);
        }
        String declared = declaredInXml(b);
        String http = httpCharset(contentType);
        String label = declared != null ? declared : http;
        if (declared != null && http != null && !sameCharset(declared, http) && (isUtf8(declared) || isUtf8(http))
                && validUtf8WithMultibyte(b)) {
            label = "utf-8";
        }
        Charset charset = charset(label);
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            return utf8(b, 0);
        }
        if (charset.equals(WINDOWS_1252) && validUtf8WithMultibyte(b)) {
            return utf8(b, 0); // UTF-8 labelled Latin-1 by a server default: the bytes tell
        }
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            return utf8(b, 0); // declared UTF-16 without a BOM or zero bytes: it is not
        }
        return decodeWith(b, 0, charset);
    }

    private static String declaredInXml(byte[] b) {
        int len = Math.min(b.length, 1024);
        String head = new String(b, 0, len, StandardCharsets.ISO_8859_1);
        int decl = head.indexOf("<?xml");
        if (decl < 0) {
            return null;
        }
        Matcher m = XML_ENCODING.matcher(head);
        return m.find(decl) ? m.group(1) : null;
    }

    private static String httpCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HTTP_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isUtf8(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.equals("utf-8") || l.equals("utf8");
    }

    private static boolean sameCharset(String a, String b) {
        Charset ca = charset(a);
        Charset cb = charset(b);
        return ca != null && ca.equals(cb);
    }

    /** Java's charset for a label, with the labels browsers treat as windows-1252 mapped to it. */
    static Charset charset(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252",
                 "windows-1252", "x-cp1252", "iso-8859-15", "iso8859-15" -> {
                return l.contains("15") ? Charset.forName("ISO-8859-15") : WINDOWS_1252;
            }
            case "utf8", "utf-8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.isSupported(l) ? Charset.forName(l) : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
    }

    private static String decodeWith(byte[] b, int offset, Charset charset) {
        if (charset.equals(WINDOWS_1252)) {
            return windows1252(b, offset, b.length);
        }
        return new String(b, offset, b.length - offset, charset); // malformed input becomes U+FFFD
    }

    private static boolean validUtf8WithMultibyte(byte[] b) {
        boolean multibyte = false;
        for (byte x : b) {
            if (x < 0) {
                multibyte = true;
                break;
            }
        }
        if (!multibyte) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** UTF-8, with every byte that is not part of a valid sequence read as windows-1252. */
    static String utf8(byte[] b, int offset) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return utf8Lenient(b, offset);
        }
    }

    private static String utf8Lenient(byte[] b, int offset) {
        StringBuilder out = new StringBuilder(b.length);
        int i = offset;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len > 0 && i + len <= b.length && validSequence(b, i, len)) {
                out.append(new String(b, i, len, StandardCharsets.UTF_8));
                i += len;
            } else {
                out.append(cp1252(c));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean validSequence(byte[] b, int i, int len) {
        for (int k = 1; k < len; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        int c0 = b[i] & 0xFF;
        int c1 = b[i + 1] & 0xFF;
        if (len == 3) {
            return !(c0 == 0xE0 && c1 < 0xA0) && !(c0 == 0xED && c1 >= 0xA0);
        }
        if (len == 4) {
            return !(c0 == 0xF0 && c1 < 0x90) && !(c0 == 0xF4 && c1 >= 0x90);
        }
        return true;
    }

    private static String windows1252(byte[] b, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = cp1252(b[i] & 0xFF);
        }
        return new String(out);
    }

    private static char cp1252(int c) {
        return c >= 0x80 && c <= 0x9F ? CP1252_HIGH[c - 0x80] : (char) c;
    }

    /** Drops characters XML 1.0 does not allow (and C1 controls), and lone surrogates. */
    static String dropIllegal(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && allowed(s, i)) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            if (allowed(s, i)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7F) {
            return true;
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return true;
    }
}
