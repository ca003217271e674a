package org.broadsheet.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.site.Chrome;
import org.broadsheet.site.ChromeFactory;
import org.broadsheet.site.PageMeta;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * What every account page (sign-in, password reset, setup, profile) needs: the site's chrome, a
 * head that keeps it out of search engines, the CSRF field, and never being stored by a cache.
 */
@Component
class AccountPages {

    private final ChromeFactory chromeFactory;

    AccountPages(ChromeFactory chromeFactory) {
        this.chromeFactory = chromeFactory;
    }

    /** The frame of an account page titled {@code title}. */
    Frame frame(String title, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        Chrome chrome = chromeFactory.chrome(request);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new Frame(chrome, PageMeta.unindexed(title + " – " + chrome.siteName()),
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken());
    }

    /** The common part of every account page's view model. */
    public record Frame(Chrome chrome, PageMeta meta, String csrfParameter, String csrfToken) {
    }
}
