package org.broadsheet.accounts;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks e-mail and password (through Spring Security's DAO provider) unless the account or the
 * client address has failed too often lately. Every failure looks the same from outside: unknown
 * address, wrong password and disabled account all become one {@link BadCredentialsException}.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = AccountService.normaliseEmail(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "";
        Duration wait = throttle.waitBeforeAttempt(email, address);
        if (!wait.isZero()) {
            log.info("event=sign_in_throttled client={} wait_s={}", address, wait.toSeconds());
            throw new TooManyAttemptsException(wait);
        }
        try {
            Authentication result = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    email, authentication.getCredentials()));
            throttle.succeeded(email);
            log.info("event=sign_in client={}", address);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(email, address);
            log.info("event=sign_in_failed client={} reason={}", address, e.getClass().getSimpleName());
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
