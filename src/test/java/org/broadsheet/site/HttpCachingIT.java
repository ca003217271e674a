package org.broadsheet.site;

import java.time.Duration;

import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.Eventually;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.SiteClient.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HttpCachingIT extends AppTest {

    @Test
    void aStoryPageIsServedFromThePageCacheTheSecondTime() {
        var story = stories().any();
        story.save();
        SiteClient reader = http();
        assertThat(reader.get("/story/" + story.slug()).header("X-Cache")).contains("MISS");
        // the search index drops the page once when it takes the new story in (its related list may change)
        Eventually.eventually(Duration.ofSeconds(5), () -> {
            Answer second = reader.get("/story/" + story.slug());
            assertThat(second.header("X-Cache")).contains("HIT");
            assertThat(second.body()).contains(story.title());
            assertThat(second.header("Content-Security-Policy")).isPresent();
        });
    }

    @Test
    void anEditedStoryIsShownAtOnceNotTheCachedCopy() {
        var story = stories().any().publishedAt(java.time.Instant.now());
        story.save();
        http().get("/story/" + story.slug());
        http().get("/");
        story.retitled(story.title() + " (updated)").save();
        assertThat(http().get("/story/" + story.slug()).body()).contains(story.title());
        assertThat(http().get("/").body()).contains(story.title());
    }

    @Test
    void aChangeToOneStoryLeavesOtherStoriesCached() {
        var one = stories().any();
        one.save();
        var other = stories().any();
        other.save();
        // The search index picks up new stories in the background and then drops pages whose related
        // lists it changes: wait until the other story's page stays cached.
        Eventually.eventually(Duration.ofSeconds(5), () -> {
            http().get("/story/" + other.slug());
            assertThat(http().get("/story/" + other.slug()).header("X-Cache")).contains("HIT");
        });
        one.retitled(one.title() + " again").save();
        assertThat(http().get("/story/" + other.slug()).header("X-Cache")).contains("HIT");
    }

    @Test
    void eachThemeAndTextSizeGetsItsOwnCachedPage() {
        var story = stories().any();
        story.save();
        http().get("/story/" + story.slug());
        Answer dark = http().get("/story/" + story.slug(), "Cookie", "bs_theme=dark; bs_font=xl");
        assertThat(dark.html().selectFirst("html").attr("data-theme")).isEqualTo("dark");
        assertThat(dark.html().selectFirst("html").attr("data-font")).isEqualTo("xl");
    }

    @Test
    void aMatchingEtagGetsA304WithoutBody() {
        var story = stories().any();
        story.save();
        Answer first = http().get("/story/" + story.slug());
        String etag = first.header("ETag").orElseThrow();
        Answer again = http().get("/story/" + story.slug(), "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void publicPagesTellCdnsHowLongToKeepThemAndWhatTheyShow() {
        var story = stories().any();
        long id = story.save();
        Answer page = http().get("/story/" + story.slug());
        assertThat(page.header("Cache-Control").orElseThrow())
                .contains("public", "s-maxage=", "stale-while-revalidate=", "stale-if-error=");
        assertThat(page.header("Surrogate-Key").orElseThrow()).contains("article-" + id);
        assertThat(http().get("/feed").header("Cache-Control").orElseThrow()).startsWith("public");
    }

    @Test
    void theContactFormWithItsTokenIsNeverStoredInSharedCaches() {
        SiteClient reader = http();
        Answer contact = reader.get("/contact-us");
        assertThat(contact.header("Cache-Control").orElseThrow()).isEqualTo("private, no-store");
        http().get("/contact-us");
        assertThat(http().get("/contact-us").header("X-Cache").orElse("")).isNotEqualTo("HIT");
    }
}
