package org.broadsheet.accounts;

import java.net.HttpCookie;
import java.util.List;
import java.util.Map;

import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInIT extends AccountsAppTest {

    @Test
    void aContributorWhoSignsInLandsInTheNewsroomUnderTheirName() {
        Account contributor = account(Role.CONTRIBUTOR);
        SiteClient client = newReader();

        SiteClient.Answer answer = signIn(client, contributor.email(), PASSWORD);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/newsroom"));
        SiteClient.Answer newsroom = client.get("/newsroom");
        assertThat(newsroom.status()).isEqualTo(200);
        assertThat(newsroom.html().select(".newsroom-viewer").text()).contains(contributor.displayName(), "Contributor");
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameGenericAnswer() {
        Account author = account(Role.AUTHOR);

        SiteClient.Answer wrongPassword = signIn(newReader(), author.email(), "not-the-password-at-all");
        SiteClient.Answer unknown = signIn(newReader(), "nobody-" + author.email(), PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(302);
        assertThat(wrongPassword.header("Location")).isEqualTo(unknown.header("Location"));
        SiteClient.Answer page = newReader().get(wrongPassword.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.html().select("[role=alert]").text()).isEqualTo("The e-mail address or password is not correct.");
    }

    @Test
    void signingInGivesTheBrowserANewSessionId() {
        Account editor = account(Role.EDITOR);
        SiteClient client = newReader();
        String before = sessionCookie(client.get("/login")).orElseThrow();

        SiteClient.Answer answer = client.submitForm("/login", Map.of("email", editor.email(), "password", PASSWORD));

        assertThat(sessionCookie(answer)).hasValueSatisfying(after -> assertThat(after).isNotEqualTo(before));
    }

    @Test
    void aSignInWithoutCsrfTokenIsRefusedAndSentBackToTheFullPage() {
        Account editor = account(Role.EDITOR);
        SiteClient client = newReader();
        client.get("/login");

        SiteClient.Answer answer = client.postForm("/login", Map.of("email", editor.email(), "password", PASSWORD));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(client.get("/newsroom").status()).isEqualTo(302);
    }

    @Test
    void aChangeWithoutCsrfTokenIsRefusedEvenWhenSignedIn() {
        Account author = account(Role.AUTHOR);
        SiteClient client = signedIn(author);

        SiteClient.Answer answer = client.postForm("/account/name", Map.of("displayName", "Changed Without Token"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(accounts.find(author.id()).orElseThrow().displayName()).isEqualTo(author.displayName());
    }

    @Test
    void signingOutNeedsAPostWithTheCsrfTokenAndEndsTheSession() {
        SiteClient client = signedIn(account(Role.AUTHOR));

        assertThat(client.postForm("/logout", Map.of()).status()).as("without token").isEqualTo(403);
        assertThat(client.get("/newsroom").status()).isEqualTo(200);
        SiteClient.Answer out = client.submitForm("/newsroom", "/logout", Map.of());

        assertThat(out.status()).isEqualTo(302);
        assertThat(client.get("/newsroom").status()).isEqualTo(302);
    }

    @Test
    void rememberMeKeepsABrowserSignedInWithoutItsSession() {
        Account author = account(Role.AUTHOR);
        SiteClient client = newReader();

        SiteClient.Answer answer = client.submitForm("/login",
                Map.of("email", author.email(), "password", PASSWORD, "remember-me", "true"));

        String cookie = answer.all("Set-Cookie").stream().filter(c -> c.startsWith("remember-me=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        String value = HttpCookie.parse(cookie).getFirst().getValue();
        SiteClient.Answer later = newReader().get("/newsroom", "Cookie", "remember-me=" + value);
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.body()).contains(author.displayName());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        SiteClient.Answer login = newReader().get("/login");

        assertThat(login.all("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void theModalGetsItsTokenFromAPrivateUncachedAnswerAndSignsInWithIt() {
        Account editor = account(Role.EDITOR);
        SiteClient client = newReader();

        SiteClient.Answer token = client.get("/login/token");

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.header("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store", "private"));
        String parameter = token.json().get("parameterName").asString();
        SiteClient.Answer answer = client.postForm("/login", Map.of("email", editor.email(), "password", PASSWORD,
                parameter, token.json().get("token").asString(), "return", "/about-us"));
        assertThat(answer.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/about-us"));
    }

    @Test
    void pagesThatMayBeCachedCarryTheModalWithoutAnyCsrfToken() {
        SiteClient.Answer home = newReader().get("/");

        assertThat(home.html().select("#sign-in-dialog input[data-csrf]").attr("value")).isEmpty();
        assertThat(home.html().select("a[data-sign-in]").attr("href")).isEqualTo("/login");
        assertThat(home.all("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void aSignedInReaderSeesALinkToTheAccountInsteadOfSignIn() {
        SiteClient client = signedIn(account(Role.SUBSCRIBER));

        SiteClient.Answer home = client.get("/");

        assertThat(home.html().select("header .sign-in-link").attr("href")).isEqualTo("/account");
        assertThat(home.html().select("#sign-in-dialog")).isEmpty();
        assertThat(home.header("X-Cache")).isEmpty();
    }

    @Test
    void aReturnAddressOnAnotherSiteIsIgnored() {
        Account editor = account(Role.EDITOR);
        SiteClient client = newReader();

        SiteClient.Answer answer = client.submitForm("/login",
                Map.of("email", editor.email(), "password", PASSWORD, "return", "//evil.example/steal"));

        assertThat(answer.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/newsroom"));
    }

    private static java.util.Optional<String> sessionCookie(SiteClient.Answer answer) {
        List<String> cookies = answer.all("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> HttpCookie.parse(c).getFirst().getValue())
                .findFirst();
    }
}
