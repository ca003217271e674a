package org.broadsheet.syndication.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Plain text from feed strings: entities decoded (also double-escaped), tags stripped, whitespace normalised. */
final class FeedText {

    private static final Pattern TAG_LIKE = Pattern.compile("<[A-Za-z/!?]");
    private static final Pattern ENTITY_LIKE = Pattern.compile("&(#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});?");

    private FeedText() {
    }

    /** Plain, single-line text: decodes entities and strips tags up to three levels of escaping deep. */
    static String plain(String s) {
        if (s == null) {
            return "";
        }
        String text = s;
        for (int round = 0; round < 3; round++) {
            String before = text;
            if (TAG_LIKE.matcher(text).find()) {
                text = Jsoup.parseBodyFragment(text).text();
            } else if (text.indexOf('&') >= 0 && ENTITY_LIKE.matcher(text).find()) {
                text = Parser.unescapeEntities(text, false);
            }
            if (text.equals(before)) {
                break;
            }
        }
        return FeedCharsets.dropIllegal(collapse(text));
    }

    /** Every run of white space (Unicode's too: no-break, thin, ideographic, zero-width) becomes one space; trimmed. */
    static String collapse(String s) {
        int n = s.length();
        StringBuilder out = null;
        boolean pendingSpace = false;
        int written = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (out == null) {
                    boolean single = c == ' ' && i > 0 && i + 1 < n && !isSpace(s.charAt(i + 1)) && !isSpace(s.charAt(i - 1));
                    if (single) {
                        continue;
                    }
                    out = new StringBuilder(n).append(s, 0, i);
                    written = out.length();
                }
                pendingSpace = written > 0;
            } else {
                if (out != null) {
                    if (pendingSpace) {
                        out.append(' ');
                    }
                    out.append(c);
                    written++;
                }
                pendingSpace = false;
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
        }
        return c == 0x00A0 || c == 0x1680 || c >= 0x2000 && c <= 0x200B || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000 || c == 0xFEFF || c == 0x85;
    }

    /** At most about {@code max} characters, cut at a word boundary with an ellipsis. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        if (cut < max / 2) {
            cut = max;
        }
        String head = text.substring(0, cut).strip();
        while (!head.isEmpty() && ",;:-–—([".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).strip();
        }
        if (!head.isEmpty() && Character.isHighSurrogate(head.charAt(head.length() - 1))) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "…";
    }

    /** Lower case, compatibility-folded, punctuation gone, single spaces: what de-duplication compares. */
    static String normalised(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = s;
        boolean folded = false; // ASCII text needs no compatibility folding (the common case: no second pass)
        char[] out = new char[n.length()];
        int len = 0;
        boolean space = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            char keep;
            if (c < 0x80) {
                keep = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : c >= 'A' && c <= 'Z' ? (char) (c + 32) : 0;
            } else if (!folded) { // not ASCII after all: compatibility-fold the whole text first, then start over
                folded = true;
                n = Normalizer.normalize(s, Normalizer.Form.NFKC);
                out = new char[n.length()];
                len = 0;
                space = true;
                i = -1;
                continue;
            } else {
                keep = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
            }
            if (keep != 0) {
                out[len++] = keep;
                space = false;
            } else if (!space && c != '\'' && c != '’') {
                out[len++] = ' ';
                space = true;
            }
        }
        if (len > 0 && out[len - 1] == ' ') {
            len--;
        }
        return new String(out, 0, len);
    }

    static String sha256Hex(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
