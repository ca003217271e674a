package org.broadsheet.newsroom;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Capability;

/**
 * What the newsroom layout shows around every screen: the site, the screen's title and menu
 * section, who is signed in, the sign-out form's CSRF token, the screen's own script if any, and the
 * site's time zone (every time on a newsroom screen is shown in it).
 */
public record NewsroomFrame(String siteName, String title, String section, String stylesheetUrl,
                            String newsroomStylesheetUrl, String scriptUrl, Account viewer,
                            String csrfParameter, String csrfToken, ZoneId zone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

    public boolean can(Capability capability) {
        return viewer.can(capability);
    }

    /** {@code aria-current} for the menu entry of this screen's section. */
    public String current(String menuSection) {
        return menuSection.equals(section) ? "page" : null;
    }

    /** The same frame with a script of the screen's own (a URL from {@link NewsroomFrames#asset}). */
    public NewsroomFrame withScript(String url) {
        return new NewsroomFrame(siteName, title, section, stylesheetUrl, newsroomStylesheetUrl, url, viewer,
                csrfParameter, csrfToken, zone);
    }

    /** A time in the site's zone, with the zone's name at that time: "24 Nov 2026, 22:51 GMT", in summer "... BST". */
    public String time(Instant time) {
        return TIME.format(time.atZone(zone));
    }
}
