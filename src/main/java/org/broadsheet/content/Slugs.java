package org.broadsheet.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lowercase, ASCII-folded, hyphenated URL names. */
public final class Slugs {

    /** Slugs we make are cut at this length; imported ones may be longer, up to {@link #MAX_LENGTH}. */
    public static final int GENERATED_LENGTH = 80;
    public static final int MAX_LENGTH = 200;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static String of(String text) {
        if (text != null && isAscii(text)) {
            return ofAscii(text);
        }
        return ofUnicode(text);
    }

    /** Any text: compatibility-decomposed, marks dropped, special letters folded, then cut into a slug. */
    static String ofUnicode(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        // Lowercase first, so that capitals such as Ø, Æ, Ł and Đ are folded like their small letters.
        folded = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("đ", "d").replace("ł", "l");
        String slug = NOT_SLUG.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > GENERATED_LENGTH) {
            slug = slug.substring(0, GENERATED_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    /** The same as {@link #of} for ASCII text (no marks or letters to fold), without the normaliser and regular expressions. */
    static String ofAscii(String text) {
        StringBuilder slug = new StringBuilder(Math.min(text.length(), GENERATED_LENGTH + 1));
        boolean gap = false;
        for (int i = 0; i < text.length() && slug.length() <= GENERATED_LENGTH; i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
                if (gap && !slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append(lower);
                gap = false;
            } else {
                gap = true;
            }
        }
        int end = Math.min(slug.length(), GENERATED_LENGTH);
        while (end > 0 && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(0, end);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public static boolean isValid(String slug) {
        if (slug == null || slug.isEmpty() || slug.length() > MAX_LENGTH) {
            return false;
        }
        boolean afterHyphen = true; // [a-z0-9]+(-[a-z0-9]+)*, checked by hand: no leading, trailing or double hyphen
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }
}
