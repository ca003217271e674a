package org.broadsheet.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.broadsheet.platform.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Lost your password?": a mail with a link holding a random single-use token. Only its SHA-256 is
 * stored; it expires after {@link #VALIDITY}, and goes when used or when the password changes.
 * Whether the address belongs to an account is never told, and at most {@link #MAX_LINKS} links
 * go to one account per half hour (against mail bombing).
 */
@Service
public class PasswordResetService {

    static final Duration VALIDITY = Duration.ofMinutes(30);
    /** Links mailed to one account per {@link #VALIDITY}: more requests are answered alike but send nothing. */
    static final int MAX_LINKS = 3;
    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Clock clock;

    PasswordResetService(AccountService accounts, JdbcClient jdbc, Mailer mailer, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Mails a reset link to {@code email} if an active account uses it; does nothing visible otherwise. */
    public void request(String email, String siteName, String resetUrl) {
        Optional<Account> found = accounts.findByEmail(email).filter(a -> !a.disabled());
        if (found.isEmpty()) {
            log.info("event=password_reset_unknown_address");
            return;
        }
        Account account = found.get();
        long now = clock.millis();
        long recent = jdbc.sql("SELECT COUNT(*) FROM password_reset_token WHERE account_id = :id AND created_at > :since")
                .param("id", account.id()).param("since", now - VALIDITY.toMillis()).query(Long.class).single();
        if (recent >= MAX_LINKS) {
            log.info("event=password_reset_limited account_id={}", account.id());
            return;
        }
        String token = newToken();
        jdbc.sql("""
                INSERT INTO password_reset_token (token_hash, account_id, created_at, expires_at)
                VALUES (:hash, :accountId, :now, :expiresAt)
                """)
                .param("hash", hash(token)).param("accountId", account.id()).param("now", now)
                .param("expiresAt", now + VALIDITY.toMillis()).update();
        String link = resetUrl + "?token=" + token;
        mailer.send(account.email(), "Choose a new password for " + siteName, """
                Hello %s,

                someone (we hope you) asked to choose a new password for your account at %s.
                Open this link within %d minutes to choose one; it works once:

                %s

                If you did not ask for this, ignore this mail: your password stays as it is.
                """.formatted(account.displayName(), siteName, VALIDITY.toMinutes(), link));
        log.info("event=password_reset_requested account_id={}", account.id());
    }

    /** How long the link of an invitation works. */
    static final Duration INVITATION_VALIDITY = Duration.ofDays(3);

    /**
     * Creates an account for someone else and mails them a link to choose their password (a reset
     * token that works for {@link #INVITATION_VALIDITY}); until then no password signs in to it.
     */
    @Transactional
    public Account invite(String email, String displayName, Role role, String invitedBy, String siteName, String resetUrl) {
        Account account = accounts.create(email, displayName, newToken() + newToken(), role);
        long now = clock.millis();
        String token = newToken();
        jdbc.sql("""
                INSERT INTO password_reset_token (token_hash, account_id, created_at, expires_at)
                VALUES (:hash, :accountId, :now, :expiresAt)
                """)
                .param("hash", hash(token)).param("accountId", account.id()).param("now", now)
                .param("expiresAt", now + INVITATION_VALIDITY.toMillis()).update();
        mailer.send(account.email(), "You are invited to " + siteName, """
                Hello %s,

                %s has made you an account at %s, as %s.
                Open this link within %d days to choose your password; it works once:

                %s

                If you did not expect this, ignore this mail.
                """.formatted(account.displayName(), invitedBy, siteName, role.label().toLowerCase(java.util.Locale.ROOT),
                INVITATION_VALIDITY.toDays(), resetUrl + "?token=" + token));
        log.info("event=account_invited account_id={} role={}", account.id(), role.key());
        return account;
    }

    /** The account a token may reset, when the token is known, unused and not expired. */
    public Optional<Account> check(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT account_id FROM password_reset_token WHERE token_hash = :hash AND expires_at > :now")
                .param("hash", hash(token)).param("now", clock.millis())
                .query(Long.class).optional().flatMap(accounts::find);
    }

    /**
     * Uses a token to set a new password. The token is taken first (so two uses cannot both
     * succeed); if the password is refused, the transaction rolls back and the token stays valid.
     *
     * @throws AccountException when the token is not valid or the password is refused
     */
    @Transactional
    public void reset(String token, String newPassword) {
        if (token == null || token.isBlank()) {
            throw new AccountException(INVALID);
        }
        Long accountId = jdbc.sql("""
                DELETE FROM password_reset_token WHERE token_hash = :hash AND expires_at > :now
                RETURNING account_id
                """)
                .param("hash", hash(token)).param("now", clock.millis())
                .query(Long.class).optional().orElseThrow(() -> new AccountException(INVALID));
        Account account = accounts.find(accountId).orElseThrow(() -> new AccountException(INVALID));
        accounts.setPassword(account, newPassword);
        log.info("event=password_reset account_id={}", account.id());
    }

    static final String INVALID = "This link has expired or was used already. Ask for a new one.";

    static String newToken() {
        return SecretTokens.newToken();
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
