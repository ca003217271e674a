package org.broadsheet.newsroom;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountService;
import org.broadsheet.site.Chrome;
import org.broadsheet.site.ChromeFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link NewsroomFrame} of a newsroom screen for the signed-in person, and marks the
 * response private and uncacheable (newsroom pages never go to the page cache or a CDN).
 */
@Component
public class NewsroomFrames {

    private final AccountService accounts;
    private final ChromeFactory chromeFactory;

    NewsroomFrames(AccountService accounts, ChromeFactory chromeFactory) {
        this.accounts = accounts;
        this.chromeFactory = chromeFactory;
    }

    /** The frame of a screen titled {@code title} in the menu section {@code section} (for example "stories"). */
    public NewsroomFrame frame(HttpServletRequest request, HttpServletResponse response, String title, String section) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        Account viewer = viewer(request.getUserPrincipal());
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Chrome chrome = chromeFactory.chrome(request);
        return new NewsroomFrame(chrome.siteName(), title, section,
                chromeFactory.asset("/assets/site.css"), chromeFactory.asset("/assets/newsroom.css"), null, viewer,
                csrf.getParameterName(), csrf.getToken(), chrome.timeZone());
    }

    /** The signed-in account (the security configuration lets nobody else into the newsroom). */
    public Account viewer(Principal principal) {
        if (principal == null) {
            throw new AccessDeniedException("not signed in");
        }
        Account account = accounts.findByEmail(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("account is gone"));
        if (account.disabled()) {
            // A session opened before the account was disabled ends here.
            throw new AccessDeniedException("account is disabled");
        }
        return account;
    }

    /** The fingerprinted URL of an asset under {@code /assets/}, such as a screen's own script. */
    public String asset(String path) {
        return chromeFactory.asset(path);
    }
}
