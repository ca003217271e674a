package org.broadsheet.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The privacy notice, text size and dark mode: what a reader chooses, and that the choice sticks. */
class ReaderPreferencesBrowserIT extends BrowserTest {

    private static final double DARK = 0.1;
    private static final double LIGHT = 0.6;

    @Test
    void theAcceptedPrivacyNoticeGoesAwayAndStaysAwayOnOtherPagesAndAfterAReload() {
        Screen screen = open("/");
        assertThat(screen.consentBarShown()).as("a first-time visitor sees the privacy notice").isTrue();

        screen.acceptConsent();
        assertThat(screen.consentBarShown()).as("notice after clicking Accept").isFalse();

        screen.open(content().categoryPath());
        assertThat(screen.consentBarShown()).as("notice on the next page").isFalse();
        screen.reload();
        assertThat(screen.consentBarShown()).as("notice after a reload").isFalse();
    }

    @Test
    void aLargerTextSizeEnlargesTheStoryTextAtOnceAndOnTheNextPage() {
        var stories = content().stories(2);
        Screen screen = openArticle(stories.get(0).path());
        assertThat(screen.textSizeMenuLabel()).as("the text size menu button").isEqualTo("Aa");
        assertThat(screen.fontSize()).as("html[data-font] before any choice").isEqualTo("m");
        double medium = screen.fontSizePx(".story-body p");
        screen.markWindow();

        screen.chooseTextSize("l");
        double large = screen.fontSizePx(".story-body p");
        screen.chooseTextSize("xl");
        double extraLarge = screen.fontSizePx(".story-body p");
        screen.chooseTextSize("s");
        double small = screen.fontSizePx(".story-body p");

        assertThat(screen.windowStillMarked()).as("text size changes without loading a new page").isTrue();
        assertThat(small).as("small < medium").isLessThan(medium);
        assertThat(large).as("large > medium").isGreaterThan(medium);
        assertThat(extraLarge).as("extra large > large").isGreaterThan(large);

        screen.chooseTextSize("xl");
        screen.open(stories.get(1).path());
        assertThat(screen.fontSize()).as("html[data-font] on the next story").isEqualTo("xl");
        assertThat(screen.fontSizePx(".story-body p")).as("story text size on the next story").isEqualTo(extraLarge);
    }

    @Test
    void theDarkModeSwitchDarkensThePageAndTheChoiceFollowsTheReaderToOtherPages() {
        browser().emulateMedia("", "light");
        Screen screen = open("/");
        assertThat(screen.backgroundLightness()).as("page background before switching").isGreaterThan(LIGHT);

        screen.toggleTheme();
        assertThat(screen.theme()).isEqualTo("dark");
        screen.waitUntil(d -> screen.backgroundLightness() < DARK);

        screen.open(content().categoryPath());
        assertThat(screen.theme()).as("html[data-theme] on the next page").isEqualTo("dark");
        assertThat(screen.backgroundLightness()).as("page background on the next page").isLessThan(DARK);

        screen.toggleTheme();
        assertThat(screen.theme()).isEqualTo("light");
        screen.waitUntil(d -> screen.backgroundLightness() > LIGHT);
        screen.reload();
        assertThat(screen.theme()).as("html[data-theme] after a reload").isEqualTo("light");
    }

    @Test
    void withoutAChoiceThePageFollowsTheDevicesColourScheme() {
        browser().emulateMedia("", "dark");
        Screen screen = open("/");
        assertThat(screen.theme()).isEqualTo("system");
        assertThat(screen.backgroundLightness()).as("background on a device set to dark").isLessThan(DARK);

        browser().emulateMedia("", "light");
        screen.waitUntil(d -> screen.backgroundLightness() > LIGHT);
    }

    @Test
    void onADarkDeviceTheSwitchOffersTheLightTheme() {
        browser().emulateMedia("", "dark");
        Screen screen = open("/");

        screen.toggleTheme();

        assertThat(screen.theme()).isEqualTo("light");
        screen.waitUntil(d -> screen.backgroundLightness() > LIGHT);
    }
}
