package org.broadsheet.accounts;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, and the CSRF token for the sign-in modal. Cached pages carry no token: the
 * modal asks {@code /login/token} for one when it opens (that answer is private and never stored).
 * Spring Security itself handles the POST to {@code /login} and {@code /logout}.
 */
@Controller
class SignInController {

    private final AccountPages pages;
    private final org.broadsheet.content.SiteSettingsService settings;

    SignInController(AccountPages pages, org.broadsheet.content.SiteSettingsService settings) {
        this.pages = pages;
        this.settings = settings;
    }

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) Integer throttled,
                  @RequestParam(required = false) String expired, @RequestParam(required = false) String reset,
                  @RequestParam(required = false) String setup, @RequestParam(required = false) String verified,
                  @RequestParam(name = SignInHandlers.RETURN_PARAMETER, required = false) String returnTo,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        String notice = null;
        boolean problem = true;
        if (throttled != null) {
            long minutes = Math.max(1, throttled);
            notice = "Too many attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
        } else if (error != null) {
            notice = "The e-mail address or password is not correct.";
        } else if (expired != null) {
            notice = "The sign-in form had expired. Please sign in again.";
        } else if (reset != null) {
            notice = "Your password has been changed. Sign in with the new one.";
            problem = false;
        } else if (verified != null) {
            notice = "Your e-mail address is confirmed and your account is ready. Sign in.";
            problem = false;
        } else if (setup != null) {
            notice = "The administrator account is ready. Sign in with it.";
            problem = false;
        }
        if (problem && notice != null) {
            response.setStatus(throttled != null ? 429 : 200);
        }
        String safeReturn = SignInHandlers.isLocalPath(returnTo) ? returnTo : "";
        model.addAttribute("page", new SignInPage(pages.frame("Sign in", request, response), notice, problem, safeReturn,
                settings.settings().signUpOpen()));
        return "accounts/login";
    }

    /** The CSRF token for the modal, as JSON; private to this browser and never cached. */
    @GetMapping(value = "/login/token", produces = "application/json")
    ResponseEntity<Map<String, String>> token(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate())
                .body(Map.of("parameterName", csrf.getParameterName(), "headerName", csrf.getHeaderName(),
                        "token", csrf.getToken()));
    }
}
