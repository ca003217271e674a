package org.broadsheet.newsroom;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.broadsheet.accounts.Role;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.Slugs;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.syndication.IngestService;
import org.broadsheet.syndication.ReviewQueue;
import org.broadsheet.syndication.Source;
import org.broadsheet.syndication.SourceService;
import org.broadsheet.syndication.SourceSettings;
import org.broadsheet.syndication.parse.ParsedFeed;
import org.broadsheet.syndication.parse.WireItem;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Editors publish or reject syndicated items from the review queue, one at a time or in bulk. */
class ReviewScreensIT extends AccountsAppTest {

    @Autowired
    SourceService sources;
    @Autowired
    IngestService ingest;
    @Autowired
    ReviewQueue queue;
    @Autowired
    ArticleService articles;
    @Autowired
    TaxonomyService taxonomy;

    Source source;
    String category;

    @BeforeEach
    void source() {
        String name = Unique.name("Culture");
        category = taxonomy.saveCategory(Slugs.of(name), name, "", null, null).slug();
        source = sources.create(new SourceSettings(Unique.name("Review Wire"), "http://127.0.0.1:9/" + Unique.slug("r") + ".xml",
                category, "", "review", "Except for the headline, this story has not been edited by {source} staff.",
                true, "", "", "15", "canonical", "skip", false), null);
    }

    private WireItem item(String title) {
        String guid = "urn:review:" + Unique.slug("i");
        Instant at = Instant.now().minusSeconds(600);
        return new WireItem(guid, "https://review.example/" + guid, title, "<p>Text of " + title + ".</p>", "Text of " + title,
                "Ada Reporter", List.of(), at, at, null, null, false, null, "hash-" + guid, guid.hashCode() * 0x9E3779B97F4A7C15L);
    }

    private long idOf(String title) {
        return queue.pending(ReviewQueue.MAX_PAGE).stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow().id();
    }

    @Test
    void anEditorPublishesAnItemUnderANewHeadlineWithTheAttribution() {
        String title = Unique.name("Gallery reopens");
        ingest.ingest(source, new ParsedFeed("rss", "t", null, List.of(item(title)), List.of()));
        SiteClient editor = signedIn(account(Role.EDITOR));
        SiteClient.Answer page = editor.get("/newsroom/review");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".review-item h2").eachText()).contains(title);
        assertThat(page.html().select(".review-body").text()).contains("Text of " + title);
        long id = idOf(title);

        SiteClient.Answer approved = editor.submitForm("/newsroom/review", "/newsroom/review/" + id,
                Map.of("decision", "approve", "headline", "The gallery is back " + id, "category", category));

        assertThat(approved.status()).isEqualTo(302);
        var story = articles.findPublished(Slugs.of("The gallery is back " + id)).orElseThrow();
        assertThat(story.syndication().originalTitle()).isEqualTo(title);
        assertThat(story.author().name()).isEqualTo("Ada Reporter");
        var html = newReader().get("/story/" + story.slug()).html();
        assertThat(html.select(".attribution").text()).contains(source.name());
        assertThat(html.select(".source-link").text()).contains(title);
    }

    @Test
    void rejectedItemsLeaveTheQueueForGood() {
        String title = Unique.name("Gossip item");
        WireItem item = item(title);
        ingest.ingest(source, new ParsedFeed("rss", "t", null, List.of(item), List.of()));
        SiteClient editor = signedIn(account(Role.EDITOR));

        editor.submitForm("/newsroom/review", "/newsroom/review/" + idOf(title), Map.of("decision", "reject"));
        ingest.ingest(source, new ParsedFeed("rss", "t", null, List.of(item), List.of()));

        assertThat(editor.get("/newsroom/review").html().select(".review-item h2").eachText()).doesNotContain(title);
    }

    @Test
    void itemsCanBeApprovedAndRejectedInBulk() {
        String a = Unique.name("Bulk one");
        String b = Unique.name("Bulk two");
        String c = Unique.name("Bulk three");
        ingest.ingest(source, new ParsedFeed("rss", "t", null, List.of(item(a), item(b), item(c)), List.of()));
        SiteClient editor = signedIn(account(Role.EDITOR));
        String token = editor.get("/newsroom/review").html().select("#bulk input[name=_csrf]").val();

        SiteClient.Answer answer = editor.postForm("/newsroom/review/bulk?ids=" + idOf(a) + "&ids=" + idOf(b),
                Map.of("_csrf", token, "decision", "approve"));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(editor.get("/newsroom/review").html().select("[role=status]").text()).contains("Published 2 items");
        assertThat(queue.pending(ReviewQueue.MAX_PAGE)).extracting(i -> i.title()).contains(c).doesNotContain(a, b);
        assertThat(articles.findPublished(Slugs.of(a))).isPresent();
    }

    @Test
    void aHeadlineTooLongIsShownNextToItsFieldAndKept() {
        String title = Unique.name("Concert review");
        ingest.ingest(source, new ParsedFeed("rss", "t", null, List.of(item(title)), List.of()));
        SiteClient editor = signedIn(account(Role.EDITOR));
        long id = idOf(title);
        String tooLong = "x".repeat(301);

        SiteClient.Answer answer = editor.submitForm("/newsroom/review", "/newsroom/review/" + id,
                Map.of("decision", "approve", "headline", tooLong, "category", category));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select("#item-" + id + "-headline-error").text()).contains("300");
        assertThat(answer.html().select("#item-" + id + "-headline").val()).isEqualTo(tooLong);
    }
}
