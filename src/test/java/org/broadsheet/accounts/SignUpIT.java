package org.broadsheet.accounts;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.Mails;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Readers creating their own account, when the site allows it, through a real SMTP server. */
class SignUpIT extends AccountsAppTest {

    private static final Pattern LINK = Pattern.compile("http://\\S+(/signup/verify\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    SiteSettingsService settings;

    @AfterEach
    void closeSignUp() {
        settings.put("site.sign_up", "false");
    }

    @Test
    void withSignUpOffThereIsNoSignUpPage() {
        settings.put("site.sign_up", "false");

        assertThat(newReader().get("/signup").status()).isEqualTo(404);
        assertThat(newReader().get("/login").html().select("a[href=/signup]")).isEmpty();
        assertThat(newReader().get("/").html().select("#sign-in-dialog a[href=/signup]")).isEmpty();
    }

    @Test
    void aReaderSignsInOnlyAfterFollowingTheMailedLink() {
        settings.put("site.sign_up", "true");
        String email = Unique.slug("reader") + "@broadsheet.test";

        SiteClient.Answer sent = newReader().submitForm("/signup", Map.of("displayName", "New Reader", "email", email,
                "password", PASSWORD));
        String body = Mails.bodyTo(MAIL, email);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        SiteClient.Answer before = signIn(newReader(), email, PASSWORD);
        SiteClient.Answer verified = newReader().get(link.group(1));
        SiteClient.Answer again = newReader().get(link.group(1));
        SiteClient.Answer after = signIn(newReader(), email, PASSWORD);

        assertThat(newReader().get("/login").html().select("a[href=/signup]")).isNotEmpty();
        assertThat(newReader().get("/").html().select("#sign-in-dialog a[href=/signup]")).isNotEmpty();
        assertThat(sent.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/signup?sent"));
        assertThat(before.header("Location").orElseThrow()).endsWith("/login?error");
        assertThat(verified.header("Location").orElseThrow()).endsWith("/login?verified");
        assertThat(again.status()).isEqualTo(404);
        assertThat(after.header("Location").orElseThrow()).doesNotContain("error");
        assertThat(accounts.findByEmail(email).orElseThrow().role()).isEqualTo(Role.SUBSCRIBER);
    }

    @Test
    void aKnownAddressGetsTheSameAnswerAndAWarningInsteadOfALink() {
        settings.put("site.sign_up", "true");
        Account existing = account(Role.AUTHOR);

        SiteClient.Answer answer = newReader().submitForm("/signup", Map.of("displayName", "Impostor",
                "email", existing.email(), "password", "another-long-passphrase"));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/signup?sent"));
        assertThat(Mails.subjectTo(MAIL, existing.email())).startsWith("Someone tried to sign up");
        assertThat(Mails.bodyTo(MAIL, existing.email())).doesNotContain("/signup/verify");
    }

    @Test
    void aWeakPasswordIsRefusedAndTheNameAndAddressAreKept() {
        settings.put("site.sign_up", "true");

        SiteClient.Answer answer = newReader().submitForm("/signup", Map.of("displayName", "Kept Name",
                "email", "kept@broadsheet.test", "password", "password1234"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select("#signup-password-error").text()).contains("too common");
        assertThat(answer.html().select("#signup-name").attr("value")).isEqualTo("Kept Name");
        assertThat(answer.html().select("#signup-email").attr("value")).isEqualTo("kept@broadsheet.test");
    }

    @Test
    void atMostThreeMailsGoToOneAddressPerDay() {
        settings.put("site.sign_up", "true");
        String email = Unique.slug("bombed") + "@broadsheet.test";

        for (int i = 0; i < 5; i++) {
            newReader().submitForm("/signup", Map.of("displayName", "Bomb", "email", email, "password", PASSWORD));
        }

        Mails.bodyTo(MAIL, email);
        assertThat(Mails.countTo(MAIL, email)).isEqualTo(SignUpService.MAX_MAILS);
    }
}
