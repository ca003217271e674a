package org.broadsheet.browser;

import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in through the modal of any page, and out again from the newsroom, in Chromium. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void anEditorSignsInThroughTheModalStaysOnThePageAndSignsOutFromTheNewsroom() {
        SignInScreen screen = openSignIn("/about-us");

        screen.openModal();
        assertThat(screen.modalHeading()).isEqualTo("Welcome Back! Sign in to your account");
        assertThat(screen.focusedElementId()).isEqualTo("modal-email");
        assertThat(screen.element("#sign-in-dialog a[href='/password/forgot']").getText()).isEqualTo("Lost your password?");
        screen.signInWithModal(SignInScreen.DEMO_EMAIL, SignInScreen.DEMO_PASSWORD);
        assertThat(screen.path()).isEqualTo("/about-us");
        assertThat(screen.text("header .sign-in-link")).isEqualTo("Account");

        screen.open("/newsroom");
        assertThat(screen.text(".newsroom-viewer")).contains("Demo Administrator", "Administrator");
        screen.signOut();
        assertThat(screen.path()).isEqualTo("/");
        screen.open("/newsroom");
        assertThat(screen.path()).isEqualTo("/login");

        List<String> errors = screen.consoleEntries().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(errors).as("SEVERE console entries").isEmpty();
    }

    @Test
    void aWrongPasswordInTheModalLeadsToTheFullSignInPageWithTheGenericMessage() {
        SignInScreen screen = openSignIn("/");

        screen.openModal().signInWithModal(SignInScreen.DEMO_EMAIL, "not-the-demo-password");

        assertThat(screen.path()).isEqualTo("/login?error");
        assertThat(screen.text("main [role='alert']")).isEqualTo("The e-mail address or password is not correct.");
    }
}
