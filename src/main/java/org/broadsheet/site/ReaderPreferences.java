package org.broadsheet.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What a reader chose, kept in small first-party cookies so the server renders the page as chosen
 * (no flash of the wrong theme, works without JavaScript). Unknown values fall back to defaults.
 *
 * @param theme    "system" (follow the device), "light" or "dark"
 * @param fontSize "s", "m", "l" or "xl"
 * @param consented whether the reader accepted the privacy notice
 */
public record ReaderPreferences(String theme, String fontSize, boolean consented) {

    public static final String THEME_COOKIE = "bs_theme";
    public static final String FONT_COOKIE = "bs_font";
    public static final String CONSENT_COOKIE = "bs_consent";
    static final Set<String> THEMES = Set.of("system", "light", "dark");
    static final Set<String> FONT_SIZES = Set.of("s", "m", "l", "xl");
    public static final ReaderPreferences DEFAULT = new ReaderPreferences("system", "m", false);

    public static ReaderPreferences from(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return DEFAULT;
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>(cookies.length);
        for (Cookie cookie : cookies) {
            pairs.add(Map.entry(cookie.getName(), cookie.getValue()));
        }
        return from(pairs);
    }

    /** The preferences a request's cookies say, in the order sent; unknown values are ignored. */
    public static ReaderPreferences from(List<Map.Entry<String, String>> cookies) {
        String theme = DEFAULT.theme;
        String font = DEFAULT.fontSize;
        boolean consented = false;
        for (Map.Entry<String, String> cookie : cookies) {
            String value = cookie.getValue();
            switch (cookie.getKey()) {
                case THEME_COOKIE -> theme = THEMES.contains(value) ? value : theme;
                case FONT_COOKIE -> font = FONT_SIZES.contains(value) ? value : font;
                case CONSENT_COOKIE -> consented = "1".equals(value);
                default -> { }
            }
        }
        return theme.equals(DEFAULT.theme) && font.equals(DEFAULT.fontSize) && !consented
                ? DEFAULT : new ReaderPreferences(theme, font, consented);
    }
}
