package org.broadsheet.syndication.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Plain text from feed strings: entities decoded (also double-escaped), tags stripped, whitespace normalised. */
final class FeedText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");
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

    static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
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
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space && c != '\'' && c != '’') {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
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
