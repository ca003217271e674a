package org.broadsheet.accounts;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Lost your password?" through a real SMTP server (GreenMail), following the link in the mail. */
class PasswordResetIT extends AccountsAppTest {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/password/reset\\?token=([A-Za-z0-9_-]+))");
    private static final String NEW_PASSWORD = "a-brand-new-passphrase";

    @AfterEach
    void resetClock() {
        testClock().reset();
    }

    @Test
    void theMailedLinkLetsTheOwnerChooseANewPassword() throws Exception {
        Account author = account(Role.AUTHOR);

        String link = requestLink(author);
        SiteClient browser = newReader();
        SiteClient.Answer form = browser.get(path(link));
        assertThat(form.status()).isEqualTo(200);
        SiteClient.Answer saved = browser.submitForm(path(link), "/password/reset",
                Map.of("token", token(link), "password", NEW_PASSWORD, "confirm", NEW_PASSWORD));

        assertThat(saved.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?reset"));
        assertThat(signIn(newReader(), author.email(), NEW_PASSWORD).header("Location").orElseThrow()).endsWith("/newsroom");
        assertThat(signIn(newReader(), author.email(), PASSWORD).header("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        Account author = account(Role.AUTHOR);
        int before = MAIL.getReceivedMessages().length;

        SiteClient.Answer unknown = newReader().submitForm("/password/forgot", Map.of("email", "nobody-" + author.email()));
        int afterUnknown = MAIL.getReceivedMessages().length;
        SiteClient.Answer known = newReader().submitForm("/password/forgot", Map.of("email", author.email()));

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(302);
        assertThat(unknown.header("Location")).isEqualTo(known.header("Location"));
        assertThat(afterUnknown).isEqualTo(before);
        SiteClient.Answer page = newReader().get("/password/forgot?sent");
        assertThat(page.html().select("[role=status]").text()).startsWith("If an account uses this address");
    }

    @Test
    void aLinkWorksOnlyOnce() throws Exception {
        Account author = account(Role.AUTHOR);
        String link = requestLink(author);
        SiteClient browser = newReader();
        browser.submitForm(path(link), "/password/reset", Map.of("token", token(link), "password", NEW_PASSWORD, "confirm", NEW_PASSWORD));

        SiteClient.Answer again = browser.get(path(link));
        SiteClient.Answer reuse = newReader().submitForm("/password/forgot", "/password/reset",
                Map.of("token", token(link), "password", "yet-another-passphrase", "confirm", "yet-another-passphrase"));

        assertThat(again.status()).isEqualTo(410);
        assertThat(again.html().select("[role=alert]").text()).contains("expired or was used already");
        assertThat(reuse.status()).isEqualTo(410);
        assertThat(signIn(newReader(), author.email(), NEW_PASSWORD).header("Location").orElseThrow()).endsWith("/newsroom");
    }

    @Test
    void aLinkExpiresAfterThirtyMinutes() throws Exception {
        Account author = account(Role.AUTHOR);
        String link = requestLink(author);

        testClock().advance(Duration.ofMinutes(29));
        assertThat(newReader().get(path(link)).status()).as("after 29 minutes").isEqualTo(200);
        testClock().advance(Duration.ofMinutes(2));

        assertThat(newReader().get(path(link)).status()).as("after 31 minutes").isEqualTo(410);
    }

    @Test
    void changingThePasswordCancelsLinksSentEarlier() throws Exception {
        Account author = account(Role.AUTHOR);
        String link = requestLink(author);

        signedIn(author).submitForm("/account", "/account/password",
                Map.of("current", PASSWORD, "password", NEW_PASSWORD, "confirm", NEW_PASSWORD));

        assertThat(newReader().get(path(link)).status()).isEqualTo(410);
    }

    @Test
    void aRefusedPasswordLeavesTheLinkUsable() throws Exception {
        Account author = account(Role.AUTHOR);
        String link = requestLink(author);
        SiteClient browser = newReader();

        SiteClient.Answer refused = browser.submitForm(path(link), "/password/reset",
                Map.of("token", token(link), "password", "short", "confirm", "short"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select("[role=alert]").text()).contains("at least 12 characters");
        assertThat(newReader().get(path(link)).status()).isEqualTo(200);
    }

    @Test
    void onlyTheHashOfTheTokenIsStoredAndTheMailIsKeptInTheOutbox() throws Exception {
        Account author = account(Role.AUTHOR);
        String token = token(requestLink(author));

        var stored = jdbc.sql("SELECT token_hash FROM password_reset_token WHERE account_id = :id")
                .param("id", author.id()).query(String.class).list();
        var delivery = jdbc.sql("SELECT delivery FROM outbox WHERE recipient = :to").param("to", author.email())
                .query(String.class).list();

        assertThat(stored).containsExactly(PasswordResetService.hash(token)).doesNotContain(token);
        assertThat(delivery).containsExactly("smtp");
    }

    @Test
    void atMostThreeLinksGoToOneAccountPerHalfHour() {
        Account author = account(Role.AUTHOR);

        for (int i = 0; i < 5; i++) {
            assertThat(newReader().submitForm("/password/forgot", Map.of("email", author.email())).status()).isEqualTo(302);
        }

        long mails = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> sentTo(m, author)).count();
        assertThat(mails).isEqualTo(PasswordResetService.MAX_LINKS);
    }

    private static boolean sentTo(MimeMessage message, Account account) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(account.email()));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks for a link on the site and returns the one in the mail GreenMail received. */
    private String requestLink(Account account) throws Exception {
        newReader().submitForm("/password/forgot", Map.of("email", account.email()));
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (sentTo(message, account)) {
                    Matcher link = LINK.matcher(GreenMailUtil.getBody(message));
                    assertThat(link.find()).as("link in the mail").isTrue();
                    assertThat(message.getSubject()).startsWith("Choose a new password");
                    return link.group(1);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no mail for " + account.email());
    }

    private static String path(String link) {
        return link.replaceFirst("^https?://[^/]+", "");
    }

    private static String token(String link) {
        Matcher matcher = LINK.matcher(link);
        assertThat(matcher.find()).isTrue();
        return matcher.group(2);
    }
}
