package org.broadsheet.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A story page as a reader sees it on screen and on paper. */
class ArticleBrowserIT extends BrowserTest {

    @Test
    void aStoryShowsItsHeadlineBylineAndTextAndWaysToShareAndReadOn() {
        ArticleScreen story = openArticle(content().newestStory().path());

        assertThat(story.title()).as("headline").isNotBlank();
        assertThat(driverTitle()).as("window title").contains(story.title());
        for (String part : List.of(".story-title", ".byline", ".story-body", ".share-bar", ".more-stories", ".related")) {
            assertThat(story.displayed(part)).as(part + " is shown").isTrue();
        }
        assertThat(story.displayed(".print-url")).as(".print-url is for paper only").isFalse();
    }

    @Test
    void copyingTheLinkPutsTheStoryAddressOnTheClipboardAndSaysSo() {
        SiteContent.Story newest = content().newestStory();
        browser().cdp("Browser.grantPermissions", Map.of("origin", baseUrl(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        ArticleScreen story = openArticle(newest.path());

        String message = story.copyLink();

        assertThat(message).as("text of #toast").containsIgnoringCase("copied");
        assertThat(story.toastRole()).as("#toast announces itself to screen readers").isEqualTo("status");
        assertThat(story.clipboardText()).as("clipboard").isEqualTo(url(newest.path()));
    }

    @Test
    void thePrintButtonAppearsWhenJavaScriptRuns() {
        ArticleScreen story = openArticle(content().newestStory().path());

        assertThat(story.printButtonShown()).as("[data-print] is visible").isTrue();
    }

    @Test
    void aPrintedStoryHasTheStoryAndItsAddressButNoSiteChrome() {
        SiteContent.Story newest = content().newestStory();
        ArticleScreen story = openArticle(newest.path());
        assertThat(story.consentBarShown()).as("privacy notice on screen").isTrue();

        story.emulatePrint();

        for (String onPaper : List.of(".story-title", ".byline", ".story-body", ".print-url")) {
            assertThat(story.displayed(onPaper)).as(onPaper + " is printed").isTrue();
        }
        for (String screenOnly : List.of("header.masthead", "footer.site-footer", ".share-bar", ".more-stories", ".related", "#consent")) {
            assertThat(story.displayed(screenOnly)).as(screenOnly + " is left off the paper").isFalse();
        }
        assertThat(story.element(".print-url").getText()).as("printed address").isEqualTo(url(newest.path()));
    }

    private String driverTitle() {
        return browser().driver().getTitle();
    }
}
