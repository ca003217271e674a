package org.broadsheet.accounts;

import org.broadsheet.testsupport.AccountsAppTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstAdministratorIT extends AccountsAppTest {

    @Test
    void theAdministratorFromThePropertiesIsCreatedOnAStartWithoutAccounts() {
        Account admin = accounts.findByEmail(ADMIN_EMAIL).orElseThrow();

        assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(signIn(newReader(), ADMIN_EMAIL, ADMIN_PASSWORD).header("Location").orElseThrow()).endsWith("/newsroom");
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE email = :email")
                .param("email", ADMIN_EMAIL).query(String.class).single();

        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(ADMIN_PASSWORD);
    }
}
