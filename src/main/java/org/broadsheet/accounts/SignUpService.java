package org.broadsheet.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.broadsheet.platform.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers creating their own (subscriber) account, when the site allows it. The account is made
 * only when the mailed link is followed (a single-use token, stored as its SHA-256, that works for
 * {@link #VALIDITY}). Whether the address has an account already is never told: its owner gets a
 * "someone tried to sign up with your address" mail instead. At most {@link #MAX_MAILS} mails go to
 * one address per {@link #VALIDITY}, as with password resets.
 */
@Service
public class SignUpService {

    static final Duration VALIDITY = Duration.ofHours(24);
    static final int MAX_MAILS = 3;
    private static final Logger log = LoggerFactory.getLogger(SignUpService.class);

    private final AccountService accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Clock clock;

    SignUpService(AccountService accounts, PasswordPolicy policy, PasswordEncoder encoder, JdbcClient jdbc,
                  Mailer mailer, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** What is wrong with the form, by field name; empty when it can be sent. */
    public Map<String, String> problems(String displayName, String email, String password) {
        Optional<String[]> problem = AccountService.problem(email, displayName);
        if (problem.isPresent()) {
            return Map.of(problem.get()[0], problem.get()[1]);
        }
        return policy.problem(password, AccountService.normaliseEmail(email)).map(p -> Map.of("password", p)).orElse(Map.of());
    }

    /** Mails the verification link (or, for a known address, a warning); call after {@link #problems} is empty. */
    @Transactional
    public void request(String displayName, String email, String password, String siteName, String verifyUrl) {
        String address = AccountService.normaliseEmail(email);
        long now = clock.millis();
        // expired ones are older than the counting window too
        jdbc.sql("DELETE FROM sign_up WHERE expires_at < :now").param("now", now).update();
        long recent = jdbc.sql("SELECT COUNT(*) FROM sign_up WHERE email = :email AND created_at > :since")
                .param("email", address).param("since", now - VALIDITY.toMillis()).query(Long.class).single();
        if (recent >= MAX_MAILS) {
            log.info("event=sign_up_limited");
            return;
        }
        boolean known = accounts.findByEmail(address).isPresent();
        String token = PasswordResetService.newToken();
        jdbc.sql("""
                INSERT INTO sign_up (token_hash, email, display_name, password_hash, created_at, expires_at)
                VALUES (:hash, :email, :name, :passwordHash, :now, :expiresAt)
                """)
                .param("hash", PasswordResetService.hash(token)).param("email", address).param("name", displayName.strip())
                .param("passwordHash", known ? null : encoder.encode(password)).param("now", now)
                .param("expiresAt", now + VALIDITY.toMillis()).update();
        if (known) {
            mailer.send(address, "Someone tried to sign up at " + siteName + " with your address", """
                    Hello,

                    someone (perhaps you) tried to create an account at %s with this e-mail address.
                    You have an account here already, so nothing was changed. If you forgot your
                    password, choose a new one from the sign-in page ("Lost your password?").

                    If it was not you, ignore this mail.
                    """.formatted(siteName));
            log.info("event=sign_up_known_address");
        } else {
            mailer.send(address, "Confirm your e-mail address for " + siteName, """
                    Hello %s,

                    thank you for signing up at %s. Open this link within %d hours to confirm your
                    e-mail address and create your account; it works once:

                    %s

                    If you did not sign up, ignore this mail: no account is created.
                    """.formatted(displayName.strip(), siteName, VALIDITY.toHours(), verifyUrl + "?token=" + token));
            log.info("event=sign_up_requested");
        }
    }

    /**
     * Follows a verification link: creates the subscriber account and uses the token up.
     *
     * @return the new account, or empty when the link is unknown, used or expired
     */
    @Transactional
    public Optional<Account> verify(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        record Pending(String email, String displayName, String passwordHash) {
        }
        Optional<Pending> pending = jdbc.sql("""
                DELETE FROM sign_up WHERE token_hash = :hash AND expires_at > :now AND password_hash IS NOT NULL
                RETURNING email, display_name, password_hash
                """)
                .param("hash", PasswordResetService.hash(token)).param("now", clock.millis())
                .query((rs, n) -> new Pending(rs.getString("email"), rs.getString("display_name"),
                        rs.getString("password_hash"))).optional();
        if (pending.isEmpty() || accounts.findByEmail(pending.get().email()).isPresent()) {
            return Optional.empty();
        }
        Pending p = pending.get();
        jdbc.sql("UPDATE sign_up SET password_hash = NULL WHERE email = :email").param("email", p.email()).update();
        Account account = accounts.createWithHash(p.email(), p.displayName(), p.passwordHash(), Role.SUBSCRIBER);
        log.info("event=sign_up_verified account_id={}", account.id());
        return Optional.of(account);
    }
}
