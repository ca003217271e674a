package org.broadsheet.site;

import java.net.URI;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The no-JavaScript way to set theme, text size and privacy consent: links in the header lead
 * here, the choice goes into a cookie, and the reader returns to the page they came from.
 * (With JavaScript the page sets the same cookies itself.) Only the reader's own cookies change.
 */
@Controller
class PreferencesController {

    static final Duration REMEMBER = Duration.ofDays(365);

    @GetMapping("/preferences")
    String set(@RequestParam(required = false) String theme, @RequestParam(required = false) String font,
               @RequestParam(required = false) String consent, HttpServletRequest request, HttpServletResponse response) {
        if (theme != null && ReaderPreferences.THEMES.contains(theme)) {
            addCookie(response, ReaderPreferences.THEME_COOKIE, theme);
        }
        if (font != null && ReaderPreferences.FONT_SIZES.contains(font)) {
            addCookie(response, ReaderPreferences.FONT_COOKIE, font);
        }
        if ("1".equals(consent)) {
            addCookie(response, ReaderPreferences.CONSENT_COOKIE, "1");
        }
        return "redirect:" + sameSitePath(request.getHeader("Referer"), request.getServerName());
    }

    private static void addCookie(HttpServletResponse response, String name, String value) {
        response.addHeader("Set-Cookie", ResponseCookie.from(name, value)
                .path("/").maxAge(REMEMBER).sameSite("Lax").build().toString());
    }

    /** The path of the referring page when it is on this site, else the home page. */
    static String sameSitePath(String referer, String host) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            if (host.equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null && uri.getRawPath().startsWith("/")
                    && !uri.getRawPath().startsWith("//")) {
                return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        } catch (IllegalArgumentException e) {
            // a malformed Referer leads home
        }
        return "/";
    }
}
