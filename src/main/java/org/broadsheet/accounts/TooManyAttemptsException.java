package org.broadsheet.accounts;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused before the password was even looked at: too many failed attempts lately. */
class TooManyAttemptsException extends AuthenticationException {

    private final Duration wait;

    TooManyAttemptsException(Duration wait) {
        super("Too many attempts");
        this.wait = wait;
    }

    /** Whole minutes to wait, rounded up, at least one. */
    long minutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
