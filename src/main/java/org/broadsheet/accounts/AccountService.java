package org.broadsheet.accounts;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The way in to accounts: create them, find them, change names and passwords. */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    static final int MAX_NAME_LENGTH = 100;

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, JdbcClient jdbc,
                   Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Creates an account; the password must pass the {@link PasswordPolicy}. */
    @Transactional
    public Account create(String email, String displayName, String password, Role role) {
        String address = normaliseEmail(email);
        if (!address.matches("[^@\\s]+@[^@\\s]+") || address.length() > 200) {
            throw new AccountException("Enter a valid e-mail address.");
        }
        String name = checkedName(displayName);
        policy.problem(password, address).ifPresent(problem -> {
            throw new AccountException(problem);
        });
        try {
            long id = accounts.insert(address, name, encoder.encode(password), role, clock.millis());
            log.info("event=account_created account_id={} role={}", id, role.key());
            return find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new AccountException("There is an account with this e-mail address already.");
        }
    }

    public Optional<Account> find(long id) {
        return accounts.credentialsById(id).map(AccountRepository.Credentials::account);
    }

    public Optional<Account> findByEmail(String email) {
        return accounts.credentialsByEmail(normaliseEmail(email)).map(AccountRepository.Credentials::account);
    }

    public long count() {
        return accounts.count();
    }

    @Transactional
    public void changeDisplayName(long id, String displayName) {
        accounts.updateDisplayName(id, checkedName(displayName), clock.millis());
        log.info("event=account_name_changed account_id={}", id);
    }

    /** Changes a password when the current one is given correctly. */
    @Transactional
    public void changePassword(long id, String currentPassword, String newPassword) {
        AccountRepository.Credentials credentials = accounts.credentialsById(id)
                .orElseThrow(() -> new AccountException("No such account."));
        if (currentPassword == null || !encoder.matches(currentPassword, credentials.passwordHash())) {
            throw new AccountException("Your current password is not correct.");
        }
        setPassword(credentials.account(), newPassword);
    }

    /**
     * Sets a new password (after a reset, or a change with the current one) and signs the account
     * out of every remembered browser: remember-me and reset tokens are deleted.
     */
    @Transactional
    public void setPassword(Account account, String newPassword) {
        policy.problem(newPassword, account.email()).ifPresent(problem -> {
            throw new AccountException(problem);
        });
        accounts.updatePassword(account.id(), encoder.encode(newPassword), clock.millis());
        jdbc.sql("DELETE FROM password_reset_token WHERE account_id = :id").param("id", account.id()).update();
        jdbc.sql("DELETE FROM remember_me_token WHERE email = :email").param("email", account.email()).update();
        log.info("event=account_password_changed account_id={}", account.id());
    }

    /** Accounts by name, a page at a time. */
    public java.util.List<Account> list(int limit, int offset) {
        return accounts.list(limit, offset);
    }

    /** Gives an account another role; the last active administrator keeps theirs. */
    @Transactional
    public Account changeRole(long id, Role role) {
        Account account = find(id).orElseThrow(() -> new AccountException("No such account."));
        if (account.role() == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR && !account.disabled()
                && accounts.countActive(Role.ADMINISTRATOR) <= 1) {
            throw new AccountException("This is the last administrator: make someone else an administrator first.");
        }
        accounts.updateRole(id, role, clock.millis());
        log.info("event=account_role_changed account_id={} role={}", id, role.key());
        return find(id).orElseThrow();
    }

    /**
     * Disables an account (it cannot sign in, its remembered browsers are forgotten) or enables it
     * again. The last active administrator cannot be disabled.
     */
    @Transactional
    public Account setDisabled(long id, boolean disabled) {
        Account account = find(id).orElseThrow(() -> new AccountException("No such account."));
        if (disabled && account.role() == Role.ADMINISTRATOR && !account.disabled()
                && accounts.countActive(Role.ADMINISTRATOR) <= 1) {
            throw new AccountException("This is the last administrator: it cannot be disabled.");
        }
        accounts.updateDisabled(id, disabled, clock.millis());
        if (disabled) {
            jdbc.sql("DELETE FROM remember_me_token WHERE email = :email").param("email", account.email()).update();
            jdbc.sql("DELETE FROM password_reset_token WHERE account_id = :id").param("id", id).update();
        }
        log.info("event=account_{} account_id={}", disabled ? "disabled" : "enabled", id);
        return find(id).orElseThrow();
    }

    /** Creates an account whose password was checked and hashed earlier (a verified sign-up). */
    @Transactional
    Account createWithHash(String email, String displayName, String passwordHash, Role role) {
        try {
            long id = accounts.insert(normaliseEmail(email), checkedName(displayName), passwordHash, role, clock.millis());
            log.info("event=account_created account_id={} role={}", id, role.key());
            return find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new AccountException("There is an account with this e-mail address already.");
        }
    }

    /** Checks a new account's address and name without creating it; the problem names the field. */
    static java.util.Optional<String[]> problem(String email, String displayName) {
        String address = normaliseEmail(email);
        if (!address.matches("[^@\\s]+@[^@\\s]+") || address.length() > 200) {
            return java.util.Optional.of(new String[] {"email", "Enter a valid e-mail address."});
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return java.util.Optional.of(new String[] {"displayName", "Enter a name of 1 to " + MAX_NAME_LENGTH + " characters."});
        }
        return java.util.Optional.empty();
    }

    /** The stored hash of an account's password, for Spring Security only. */
    Optional<AccountRepository.Credentials> credentials(String email) {
        return accounts.credentialsByEmail(normaliseEmail(email));
    }

    private static String checkedName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new AccountException("Enter a name of 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        return name;
    }
}
