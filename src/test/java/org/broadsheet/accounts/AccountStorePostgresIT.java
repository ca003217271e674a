package org.broadsheet.accounts;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.OnPostgres;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SQL of accounts on PostgreSQL (every other accounts test runs on SQLite). Without an SMTP
 * server here, the reset mail goes to the log and the outbox table, where this test reads its link.
 */
@OnPostgres
class AccountStorePostgresIT extends AppTest {

    private static final Pattern TOKEN = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordResetService resets;

    @Autowired
    RememberMeTokens rememberMe;

    @Test
    void anAccountIsStoredFoundByAnyCaseOfItsAddressAndKeepsItsNewPassword() {
        String email = Unique.slug("pg") + "@broadsheet.test";
        Account created = accounts.create(email.toUpperCase(), "Postgres Person", "first-long-passphrase", Role.EDITOR);

        accounts.changePassword(created.id(), "first-long-passphrase", "second-long-passphrase");

        Account found = accounts.findByEmail(email).orElseThrow();
        assertThat(found.email()).isEqualTo(email);
        assertThat(found.role()).isEqualTo(Role.EDITOR);
        assertThat(found.disabled()).isFalse();
        assertThatThrownBy(() -> accounts.create(email, "Again", "another-long-passphrase", Role.AUTHOR))
                .isInstanceOf(AccountException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> accounts.changePassword(created.id(), "first-long-passphrase", "third-long-passphrase"))
                .isInstanceOf(AccountException.class);
    }

    @Test
    void aResetLinkFromTheOutboxWorksOnce() {
        String email = Unique.slug("pg-reset") + "@broadsheet.test";
        Account account = accounts.create(email, "Reset Person", "first-long-passphrase", Role.AUTHOR);

        resets.request(email, "Broadsheet", "http://localhost/password/reset");
        String body = jdbc.sql("SELECT body FROM outbox WHERE recipient = :to AND delivery = 'log'")
                .param("to", email).query(String.class).single();
        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).isTrue();

        assertThat(resets.check(token.group(1))).map(Account::id).contains(account.id());
        resets.reset(token.group(1), "new-long-passphrase");
        assertThat(resets.check(token.group(1))).isEmpty();
        assertThatThrownBy(() -> resets.reset(token.group(1), "newer-long-passphrase")).isInstanceOf(AccountException.class);
    }

    @Test
    void rememberMeTokensAreStoredUpdatedAndRemoved() {
        String series = Unique.slug("series");
        rememberMe.createNewToken(new PersistentRememberMeToken("pg@broadsheet.test", series, "one", new Date(1_000)));

        rememberMe.updateToken(series, "two", new Date(2_000));

        PersistentRememberMeToken token = rememberMe.getTokenForSeries(series);
        assertThat(token.getTokenValue()).isEqualTo("two");
        assertThat(token.getDate()).isEqualTo(new Date(2_000));
        rememberMe.removeUserTokens("pg@broadsheet.test");
        assertThat(rememberMe.getTokenForSeries(series)).isNull();
    }
}
