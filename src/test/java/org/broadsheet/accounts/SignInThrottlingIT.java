package org.broadsheet.accounts;

import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Defaults: 5 failed sign-ins per account and 20 per client address in 15 minutes. */
class SignInThrottlingIT extends AccountsAppTest {

    private static final String WRONG = "certainly-not-the-password";

    @Test
    void afterFiveFailuresAnAccountIsRefusedEvenWithTheRightPasswordAndToldHowLongToWait() {
        Account author = account(Role.AUTHOR);
        for (int i = 0; i < 5; i++) {
            assertThat(location(signIn(newReader(), author.email(), WRONG))).endsWith("/login?error");
        }

        SiteClient client = newReader();
        SiteClient.Answer answer = signIn(client, author.email(), PASSWORD);

        assertThat(location(answer)).contains("/login?throttled=");
        SiteClient.Answer page = client.get(path(answer));
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.html().select("[role=alert]").text()).matches("Too many attempts\\. Try again in 1[45] minutes\\.");
        assertThat(client.get("/newsroom").status()).as("not signed in").isEqualTo(302);
    }

    @Test
    void anUnknownAddressIsThrottledJustLikeAnAccount() {
        String nobody = "nobody-" + System.nanoTime() + "@broadsheet.test";
        for (int i = 0; i < 5; i++) {
            signIn(newReader(), nobody, WRONG);
        }

        assertThat(location(signIn(newReader(), nobody, WRONG))).contains("/login?throttled=");
    }

    @Test
    void oneClientAddressTryingManyAccountsIsStoppedWhileOthersCanStillSignIn() {
        SiteClient guesser = newReader();
        for (int i = 0; i < 20; i++) {
            signIn(guesser, "guess-" + i + "-" + System.nanoTime() + "@broadsheet.test", WRONG);
        }
        Account editor = account(Role.EDITOR);

        assertThat(location(signIn(guesser, editor.email(), PASSWORD))).contains("/login?throttled=");
        assertThat(location(signIn(newReader(), editor.email(), PASSWORD))).endsWith("/newsroom");
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        Account author = account(Role.AUTHOR);
        for (int i = 0; i < 4; i++) {
            signIn(newReader(), author.email(), WRONG);
        }
        assertThat(location(signIn(newReader(), author.email(), PASSWORD))).endsWith("/newsroom");

        for (int i = 0; i < 4; i++) {
            signIn(newReader(), author.email(), WRONG);
        }
        assertThat(location(signIn(newReader(), author.email(), PASSWORD))).endsWith("/newsroom");
    }

    private static String location(SiteClient.Answer answer) {
        return answer.header("Location").orElseThrow(() -> new AssertionError("no redirect: " + answer));
    }

    private static String path(SiteClient.Answer answer) {
        return location(answer).replaceFirst("^https?://[^/]+", "");
    }
}
