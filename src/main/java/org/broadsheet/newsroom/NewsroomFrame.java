package org.broadsheet.newsroom;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Capability;

/**
 * What the newsroom layout shows around every screen: the site, the screen's title and menu
 * section, who is signed in, the sign-out form's CSRF token, and the screen's own script if any.
 */
public record NewsroomFrame(String siteName, String title, String section, String stylesheetUrl,
                            String newsroomStylesheetUrl, String scriptUrl, Account viewer,
                            String csrfParameter, String csrfToken) {

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
                csrfParameter, csrfToken);
    }
}
