package org.broadsheet.site;

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
        String theme = DEFAULT.theme;
        String font = DEFAULT.fontSize;
        boolean consented = false;
        for (Cookie cookie : cookies) {
            switch (cookie.getName()) {
                case THEME_COOKIE -> theme = THEMES.contains(cookie.getValue()) ? cookie.getValue() : theme;
                case FONT_COOKIE -> font = FONT_SIZES.contains(cookie.getValue()) ? cookie.getValue() : font;
                case CONSENT_COOKIE -> consented = "1".equals(cookie.getValue());
                default -> { }
            }
        }
        return new ReaderPreferences(theme, font, consented);
    }
}
