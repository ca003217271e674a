package org.broadsheet.distribution;

import java.io.StringReader;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.SiteClient.Answer;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class FeedsIT extends AppTest {

    private static SyndFeed parse(Answer answer) throws Exception {
        return new SyndFeedInput().build(new StringReader(answer.body()));
    }

    @Test
    void theSiteRssFeedParsesBackWithTheNewestStoryAndAStableGuid() throws Exception {
        var story = stories().any().publishedAt(java.time.Instant.now());
        long id = story.save();
        Answer answer = http().get("/feed");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type").orElseThrow()).startsWith("application/rss+xml");
        SyndFeed feed = parse(answer);
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        SyndEntry entry = feed.getEntries().stream().filter(e -> e.getTitle().equals(story.title())).findFirst().orElseThrow();
        assertThat(entry.getLink()).isEqualTo(baseUrl() + "/story/" + story.slug());
        assertThat(entry.getUri()).isEqualTo("urn:broadsheet:article:" + id);
        assertThat(entry.getContents().getFirst().getValue()).contains("<p>");
    }

    @Test
    void aChangedSlugKeepsTheFeedGuid() throws Exception {
        var story = stories().any();
        long id = story.save();
        String newSlug = Unique.slug("renamed");
        articles.changeSlug(id, newSlug);
        SyndEntry entry = parse(http().get("/feed/atom")).getEntries().stream()
                .filter(e -> e.getUri().equals("urn:broadsheet:article:" + id)).findFirst().orElseThrow();
        assertThat(entry.getLink()).endsWith("/story/" + newSlug);
    }

    @Test
    void categoryTagAndAuthorFeedsCarryOnlyTheirStoriesInAllThreeFormats() throws Exception {
        String category = Unique.name("Feeds");
        String tag = Unique.name("feedtag");
        String author = Unique.name("Feed Writer");
        var mine = stories().any().inCategory(category).tagged(tag).by(author);
        mine.save();
        stories().any().save();
        String categorySlug = taxonomy.category(org.broadsheet.content.Slugs.of(category)).orElseThrow().slug();
        for (String path : List.of("/category/" + categorySlug, "/tag/" + org.broadsheet.content.Slugs.of(tag),
                "/author/" + org.broadsheet.content.Slugs.of(author))) {
            assertThat(parse(http().get(path + "/feed")).getEntries()).extracting(SyndEntry::getTitle).containsExactly(mine.title());
            SyndFeed atom = parse(http().get(path + "/feed/atom"));
            assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
            assertThat(atom.getEntries()).extracting(SyndEntry::getTitle).containsExactly(mine.title());
            JsonNode json = http().get(path + "/feed.json").json();
            assertThat(json.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat(json.get("items")).hasSize(1);
            assertThat(json.get("items").get(0).get("title").asString()).isEqualTo(mine.title());
        }
    }

    @Test
    void draftsNeverReachAFeed() throws Exception {
        var draft = stories().any().status(ArticleStatus.DRAFT);
        draft.save();
        assertThat(parse(http().get("/feed")).getEntries()).extracting(SyndEntry::getTitle).doesNotContain(draft.title());
    }

    @Test
    void aFeedOfAnUnknownCategoryIsA404() {
        assertThat(http().get("/category/" + Unique.slug("nothing") + "/feed").status()).isEqualTo(404);
    }

    @Test
    void pagesAnnounceTheirFeedsForAutodiscovery() {
        String category = Unique.name("Discover");
        stories().any().inCategory(category).save();
        String slug = org.broadsheet.content.Slugs.of(category);
        var links = http().get("/category/" + slug).html().select("link[rel=alternate]");
        assertThat(links.eachAttr("href")).contains("/feed", "/feed/atom", "/feed.json",
                "/category/" + slug + "/feed", "/category/" + slug + "/feed/atom", "/category/" + slug + "/feed.json");
    }
}
