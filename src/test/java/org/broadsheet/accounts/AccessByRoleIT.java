package org.broadsheet.accounts;

import java.util.Map;

import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The role × action matrix of what exists so far: the newsroom landing page, /account and /setup. */
class AccessByRoleIT extends AccountsAppTest {

    @ParameterizedTest(name = "{0}: newsroom {1}, account {2}, setup {3}")
    @CsvSource({
            "ANONYMOUS,     302, 302, 404",
            "SUBSCRIBER,    403, 200, 404",
            "CONTRIBUTOR,   200, 200, 404",
            "AUTHOR,        200, 200, 404",
            "EDITOR,        200, 200, 404",
            "ADMINISTRATOR, 200, 200, 404"})
    void eachRoleSeesWhatItMay(String who, int newsroom, int account, int setup) {
        SiteClient client = "ANONYMOUS".equals(who) ? newReader() : signedIn(account(Role.valueOf(who)));

        assertThat(client.get("/newsroom").status()).as("GET /newsroom").isEqualTo(newsroom);
        assertThat(client.get("/account").status()).as("GET /account").isEqualTo(account);
        assertThat(client.get("/setup").status()).as("GET /setup").isEqualTo(setup);
    }

    @Test
    void anonymousReadersAreSentToTheSignInPage() {
        SiteClient.Answer answer = newReader().get("/newsroom");

        assertThat(answer.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @ParameterizedTest(name = "a {0} may change their own display name")
    @CsvSource({"SUBSCRIBER", "CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMINISTRATOR"})
    void everyRoleChangesItsOwnDisplayName(Role role) {
        Account me = account(role);
        SiteClient client = signedIn(me);

        SiteClient.Answer answer = client.submitForm("/account", "/account/name", Map.of("displayName", "Renamed " + role.label()));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(accounts.find(me.id()).orElseThrow().displayName()).isEqualTo("Renamed " + role.label());
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPassword() {
        Account me = account(Role.AUTHOR);
        SiteClient client = signedIn(me);

        SiteClient.Answer wrong = client.submitForm("/account", "/account/password",
                Map.of("current", "not-my-password-at-all", "password", "another-long-passphrase", "confirm", "another-long-passphrase"));
        SiteClient.Answer right = client.submitForm("/account", "/account/password",
                Map.of("current", PASSWORD, "password", "another-long-passphrase", "confirm", "another-long-passphrase"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.html().select("[role=alert]").text()).isEqualTo("Your current password is not correct.");
        assertThat(right.status()).isEqualTo(302);
        assertThat(signIn(newReader(), me.email(), "another-long-passphrase").header("Location").orElseThrow()).endsWith("/newsroom");
    }

    @Test
    void aCommonPasswordIsRefused() {
        SiteClient client = signedIn(account(Role.AUTHOR));

        SiteClient.Answer answer = client.submitForm("/account", "/account/password",
                Map.of("current", PASSWORD, "password", "password1234", "confirm", "password1234"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select("[role=alert]").text()).contains("too common");
    }
}
