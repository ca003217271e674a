package org.broadsheet.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The first administrator of a site without accounts, made at {@code /setup} by whoever can read
 * the log: the page asks for a one-time code printed there. After a few wrong codes a new one is
 * printed. Once any account exists, setup is closed for good.
 */
@Service
public class SetupService {

    private static final Logger log = LoggerFactory.getLogger(SetupService.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int MAX_WRONG_CODES = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountService accounts;
    private String code;
    private int wrongCodes;

    SetupService(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Whether {@code /setup} is open: no account yet and a code was printed. */
    public synchronized boolean available() {
        return code != null && accounts.count() == 0;
    }

    /** Prints a new one-time code to the log. */
    synchronized void open() {
        code = newCode();
        wrongCodes = 0;
        log.warn("event=setup_code code={} path=/setup note=\"no account yet: open /setup and enter this code to create the first administrator\"", code);
    }

    /** The code now valid; for tests in this package, who cannot read the log of an earlier start. */
    synchronized String currentCode() {
        return code;
    }

    /**
     * Creates the first administrator when {@code givenCode} is the printed code.
     *
     * @throws AccountException when setup is closed, the code is wrong or the account is refused
     */
    public synchronized Account complete(String givenCode, String email, String displayName, String password) {
        if (!available()) {
            throw new AccountException("This site is set up already.");
        }
        String normalised = givenCode == null ? "" : givenCode.strip().toUpperCase(Locale.ROOT);
        if (!MessageDigest.isEqual(normalised.getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8))) {
            wrongCodes++;
            log.warn("event=setup_wrong_code attempts={}", wrongCodes);
            if (wrongCodes >= MAX_WRONG_CODES) {
                open();
            }
            throw new AccountException("The setup code is not correct. Find it in the log of the server.");
        }
        Account admin = accounts.create(email, displayName, password, Role.ADMINISTRATOR);
        code = null;
        log.info("event=setup_complete account_id={}", admin.id());
        return admin;
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
