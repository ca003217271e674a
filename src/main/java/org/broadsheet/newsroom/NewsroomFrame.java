package org.broadsheet.newsroom;

import org.broadsheet.accounts.Account;

/** What the newsroom layout shows around every screen: the site, who is signed in, the sign-out form. */
public record NewsroomFrame(String siteName, String title, String stylesheetUrl, Account viewer,
                            String csrfParameter, String csrfToken) {
}
