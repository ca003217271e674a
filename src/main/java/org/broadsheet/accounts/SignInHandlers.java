package org.broadsheet.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;

/** Where the browser goes after signing in, after a failed attempt, and after a stale form. */
final class SignInHandlers {

    static final String RETURN_PARAMETER = "return";

    private SignInHandlers() {
    }

    /** Back to the page the sign-in started from when it is a path of this site; else the newsroom or home. */
    static AuthenticationSuccessHandler success() {
        return (request, response, authentication) -> response.sendRedirect(target(request, authentication));
    }

    static String target(HttpServletRequest request, Authentication authentication) {
        String wanted = request.getParameter(RETURN_PARAMETER);
        if (isLocalPath(wanted) && !wanted.startsWith("/login") && !wanted.startsWith("/password")
                && !wanted.startsWith("/setup")) {
            return wanted;
        }
        boolean newsroom = authentication.getAuthorities().stream()
                .anyMatch(a -> Capability.ENTER_NEWSROOM.authority().equals(a.getAuthority()));
        return newsroom ? "/newsroom" : "/account";
    }

    /** A path on this site: starts with one slash, no scheme, no backslash tricks. */
    static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.length() < 500 && path.chars().noneMatch(c -> c < 0x20);
    }

    /** One generic message for every wrong e-mail or password; the throttle says how long to wait. */
    static AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            if (exception instanceof TooManyAttemptsException tooMany) {
                response.sendRedirect("/login?throttled=" + tooMany.minutes());
            } else {
                response.sendRedirect("/login?error");
            }
        };
    }

    /**
     * A sign-in form that lost its CSRF token (an expired session, a modal opened without
     * JavaScript's token) goes back to the full sign-in page; every other refusal is a 403 page.
     */
    static AccessDeniedHandler accessDenied() {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) -> {
            if (e instanceof CsrfException && "POST".equals(request.getMethod())
                    && "/login".equals(request.getServletPath())) {
                response.sendRedirect("/login?expired");
                return;
            }
            forbidden.handle(request, response, e);
        };
    }
}
