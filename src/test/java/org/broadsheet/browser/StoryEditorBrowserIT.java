package org.broadsheet.browser;

import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor signs in through the modal, writes a story, publishes it, finds it on the home page, and signs out. */
class StoryEditorBrowserIT extends BrowserTest {

    @Test
    void anEditorWritesAStoryPublishesItAndFindsItOnTheHomePage() {
        SignInScreen signIn = openSignIn("/");
        signIn.openModal().signInWithModal(SignInScreen.DEMO_EMAIL, SignInScreen.DEMO_PASSWORD);
        String headline = "Harbour bridge reopens after repairs " + System.nanoTime() % 100000;

        StoryEditorScreen editor = new StoryEditorScreen(browser(), baseUrl()).open("/newsroom/stories/new");
        editor.typeHeadline(headline)
                .typeBody("The bridge reopened on **Monday** morning.\n\nTraffic is back to normal.", "Monday");
        assertThat(editor.slug()).startsWith("harbour-bridge-reopens-after-repairs");
        editor.choose("publish").save();

        assertThat(editor.path()).matches("/newsroom/stories/\\d+\\?saved=publish");
        assertThat(editor.notice()).isEqualTo("Published.");
        assertThat(editor.status()).isEqualTo("Published");
        String storyPath = editor.path().replaceAll("\\?.*", "");

        Screen home = open("/");
        assertThat(home.element("main").getText()).contains(headline);

        editor.open(storyPath).trash();
        assertThat(editor.path()).startsWith("/newsroom/stories?status=trash");
        signIn.open("/newsroom").signOut();
        assertThat(signIn.path()).isEqualTo("/");

        List<String> errors = home.consoleEntries().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(errors).as("SEVERE console entries").isEmpty();
    }
}
