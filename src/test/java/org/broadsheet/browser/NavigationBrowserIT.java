package org.broadsheet.browser;

import java.util.List;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding one's way: the menu on a phone, and lists that grow with "Show More". */
class NavigationBrowserIT extends BrowserTest {

    @Test
    void onAPhoneTheMenuButtonRevealsTheCategories() {
        browser().viewport(Browser.PHONE);
        Screen screen = open("/");
        assertThat(screen.mobileMenuButtonShown()).as("menu button at 360 px").isTrue();
        assertThat(screen.visibleMobileMenuLinks()).as("category links before opening the menu").isEmpty();

        screen.openMobileMenu();

        List<String> links = screen.waitUntil(d -> screen.visibleMobileMenuLinks().isEmpty() ? null : screen.visibleMobileMenuLinks());
        assertThat(links).as("category links in the open menu").isNotEmpty();
    }

    @Test
    void onADesktopTheMenuButtonIsNotNeeded() {
        Screen screen = open("/");

        assertThat(screen.mobileMenuButtonShown()).as("menu button at 1280 px").isFalse();
        assertThat(screen.displayed("nav.primary-nav a[href^='/category/']")).as("section links in the masthead").isTrue();
    }

    @Test
    void showMoreOnACategoryArchiveAddsOlderStoriesLaidOutLikeTheOthersWithoutLeavingThePage() {
        ListScreen archive = openList(content().categoryWithMoreThanOnePage(), ListScreen.ARCHIVE);
        int before = archive.storiesListed();
        assertThat(archive.showMoreOffered()).as("Show More under the archive").isTrue();
        archive.markWindow();

        archive.showMore();

        assertThat(archive.windowStillMarked()).as("still the same page (no full page load)").isTrue();
        assertThat(archive.storiesListed()).as("stories listed after Show More").isGreaterThan(before);
        assertLaidOutAlike(archive);
    }

    @Test
    void showMoreUnderRelatedStoriesAddsMoreStoriesLaidOutLikeTheOthersWithoutLeavingThePage() {
        ListScreen story = openList(content().storyWithMoreRelatedStories().path(), ListScreen.RELATED);
        int before = story.storiesListed();
        assertThat(story.showMoreOffered()).as("Show More under Related Stories").isTrue();
        story.markWindow();

        story.showMore();

        assertThat(story.windowStillMarked()).as("still the same page (no full page load)").isTrue();
        assertThat(story.storiesListed()).as("related stories listed after Show More").isGreaterThan(before);
        assertLaidOutAlike(story);
    }

    /** Stories added by Show More look like those listed before: headlines as wide as the first one. */
    private static void assertLaidOutAlike(ListScreen list) {
        List<Double> widths = list.headlineWidths();
        double first = widths.getFirst();
        assertThat(widths).as("headline widths (px) of the listed stories, the added ones last")
                .allSatisfy(width -> assertThat(width).isCloseTo(first, Percentage.withPercentage(10)));
    }
}
