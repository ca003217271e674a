package org.broadsheet.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an Admin API request by its {@code Authorization: Bearer <token>} header, as the token's
 * account with that account's capabilities. A header with an unknown, revoked or malformed token
 * gets 401 at once; a request without the header goes on unauthenticated (and meets the 401 of
 * the API chain's entry point).
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final AccessTokens tokens;

    BearerTokenFilter(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? tokens.authenticate(header.substring(SCHEME.length()).strip())
                : Optional.empty();
        if (account.isEmpty()) {
            ApiSecurityErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "This access token is not valid. It may have been revoked; create a new one in the newsroom.");
            return;
        }
        UserDetails user = User.withUsername(account.get().email()).password("")
                .authorities(AccountUserDetails.authorities(account.get().role())).build();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
