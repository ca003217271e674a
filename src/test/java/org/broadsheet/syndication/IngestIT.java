package org.broadsheet.syndication;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.Category;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.syndication.parse.ParsedFeed;
import org.broadsheet.syndication.parse.WireItem;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.syndication.SyndicationTestSupport.settings;
import static org.broadsheet.syndication.SyndicationTestSupport.with;
import static org.broadsheet.syndication.Wire.feed;
import static org.broadsheet.syndication.Wire.item;

/** Wire items become stories once, stay up to date, wait for editors when they must, and go when withdrawn. */
class IngestIT extends AccountsAppTest {

    @Autowired
    IngestService ingest;
    @Autowired
    SourceService sources;
    @Autowired
    ReviewQueue review;
    @Autowired
    ArticleService articles;
    @Autowired
    TaxonomyService taxonomy;

    Category world;

    @BeforeEach
    void category() {
        world = SyndicationTestSupport.category(taxonomy, "World");
    }

    @AfterEach
    void resetClock() {
        testClock().reset();
    }

    private Source source(String mode) {
        return sources.create(settings(Unique.name("Meridian Wire"), world.slug(), mode), null);
    }

    private Source source(SourceSettings settings) {
        return sources.create(settings, null);
    }

    private Optional<Article> storyOf(Source source, WireItem item) {
        return jdbc.sql("SELECT article_id FROM wire_item WHERE source_id = :s AND guid = :g")
                .param("s", source.id()).param("g", item.guid()).query(Long.class).optional()
                .flatMap(articles::findAnyStatus);
    }

    private long storiesOf(Source source) {
        return jdbc.sql("SELECT count(*) FROM wire_item w JOIN article a ON a.id = w.article_id WHERE w.source_id = :s")
                .param("s", source.id()).query(Long.class).single();
    }

    @Test
    void anAutomaticSourcePublishesEachItemWithItsAttribution() {
        Source source = source("auto");
        WireItem item = item("Harbour expansion approved", "Councillors voted 31 to 9 for the harbour.");

        IngestOutcome outcome = ingest.ingest(source, feed(item));

        assertThat(outcome.created()).isEqualTo(1);
        Article story = storyOf(source, item).orElseThrow();
        assertThat(story.title()).isEqualTo("Harbour expansion approved");
        assertThat(story.category().slug()).isEqualTo(world.slug());
        assertThat(story.author().name()).isEqualTo(source.name());
        assertThat(story.syndication().sourceName()).isEqualTo(source.name());
        assertThat(story.syndication().sourceUrl()).isEqualTo(item.link());
        assertThat(story.syndication().canonicalUrl()).isEqualTo(item.link());
        assertThat(story.syndication().attribution())
                .isEqualTo("Except for the headline, this story has not been edited by " + source.name()
                        + " staff and is published from a syndicated feed.");
        SiteClient reader = newReader();
        SiteClient.Answer page = reader.get("/story/" + story.slug());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("link[rel=canonical]").attr("href")).isEqualTo(item.link());
        assertThat(page.html().select(".attribution").text()).contains(source.name());
    }

    @Test
    void theSameFeedIngestedAgainCreatesNothing() {
        Source source = source("auto");
        WireItem first = item("Ferry timetable changes", "The ferry leaves earlier from Monday.");
        WireItem second = item("Bridge closed for repairs", "The bridge shuts for two weeks.");

        ingest.ingest(source, feed(first, second));
        IngestOutcome again = ingest.ingest(source, feed(first, second));

        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(storiesOf(source)).isEqualTo(2);
    }

    @Test
    void anItemTwiceInOneFeedIsStoredOnce() {
        Source source = source("auto");
        WireItem item = item("Twice in the feed", "The same item, listed twice.");

        IngestOutcome outcome = ingest.ingest(source, feed(item, item, Wire.changed(item, "Listed twice, changed.")));

        assertThat(outcome.created()).isEqualTo(1);
        assertThat(outcome.itemErrors()).isEmpty();
        assertThat(storiesOf(source)).isEqualTo(1);
        assertThat(storyOf(source, item).orElseThrow().body().html()).contains("Listed twice, changed.");
    }

    @Test
    void anItemWithoutGuidOrLinkIsKnownByItsContent() {
        Source source = source("auto");
        WireItem i = item("Library opens late", "The library opens until ten.");
        WireItem bare = new WireItem(null, null, i.title(), i.bodyHtml(), i.excerpt(), null, i.categories(), i.publishedAt(),
                i.updatedAt(), null, null, false, null, i.contentHash(), i.simHash());

        ingest.ingest(source, feed(bare));
        IngestOutcome again = ingest.ingest(source, feed(bare));

        assertThat(again.created()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM wire_item WHERE source_id = :s").param("s", source.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aChangedItemUpdatesItsStoryInPlace() {
        Source source = source("auto");
        WireItem item = item("Storm warning issued", "Winds of 90 km/h are expected.");
        ingest.ingest(source, feed(item));
        Article before = storyOf(source, item).orElseThrow();
        testClock().advance(Duration.ofMinutes(5));

        IngestOutcome outcome = ingest.ingest(source, feed(Wire.changed(item, "Winds of 120 km/h are now expected.")));

        assertThat(outcome.updated()).isEqualTo(1);
        Article after = storyOf(source, item).orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.slug()).isEqualTo(before.slug());
        assertThat(after.body().html()).contains("120 km/h");
        assertThat(after.updatedAt()).isAfter(before.updatedAt());
        assertThat(after.updatedAfterPublishing()).isTrue();
        assertThat(newReader().get("/story/" + after.slug()).body()).contains("120 km/h");
    }

    @Test
    void aChangeToAStoryAnEditorEditedWaitsInTheReviewQueue() {
        Source source = source("auto");
        WireItem item = item("Mayor resigns", "The mayor resigned on Tuesday.");
        ingest.ingest(source, feed(item));
        Article published = storyOf(source, item).orElseThrow();
        testClock().advance(Duration.ofMinutes(2));
        articles.save(new ArticleDraft(published.slug(), published.title(), published.dek(),
                "<p>The mayor resigned on Tuesday, our reporter confirms.</p>", null, published.status(), false,
                published.publishedAt(), null, published.author().name(), published.category().slug(), java.util.List.of(),
                null, published.syndication(), null));

        IngestOutcome outcome = ingest.ingest(source, feed(Wire.changed(item, "The mayor resigned on Tuesday evening.")));

        assertThat(outcome.updated()).isZero();
        assertThat(outcome.queued()).isEqualTo(1);
        assertThat(storyOf(source, item).orElseThrow().body().html()).contains("our reporter confirms");
        ReviewItem waiting = review.pending(ReviewQueue.MAX_PAGE).stream().filter(r -> r.sourceId() == source.id())
                .findFirst().orElseThrow();
        assertThat(waiting.update()).isTrue();
        assertThat(waiting.articleId()).isEqualTo(published.id());

        review.approve(waiting.id(), null, null, null);

        assertThat(storyOf(source, item).orElseThrow().body().html()).contains("Tuesday evening");
    }

    @Test
    void aReviewSourceQueuesItemsAndApprovalPublishesThemUnderTheEditorsHeadline() {
        Source source = source(with(settings(Unique.name("Coastline Press"), world.slug(), "review"), "allowRewrite", "true"));
        WireItem item = item("Council in row over bins", "A dispute over bin collections.");

        IngestOutcome outcome = ingest.ingest(source, feed(item));

        assertThat(outcome.queued()).isEqualTo(1);
        assertThat(storyOf(source, item)).isEmpty();
        ReviewItem waiting = review.pending(ReviewQueue.MAX_PAGE).stream().filter(r -> r.sourceId() == source.id())
                .findFirst().orElseThrow();
        assertThat(review.pendingCount()).isPositive();

        review.approve(waiting.id(), "Bin collections to change after council dispute", null, null);

        Article story = storyOf(source, item).orElseThrow();
        assertThat(story.title()).isEqualTo("Bin collections to change after council dispute");
        assertThat(story.syndication().originalTitle()).isEqualTo("Council in row over bins");
        assertThat(story.status().dbValue()).isEqualTo("published");
        assertThat(newReader().get("/api/v1/articles/" + story.slug()).json().get("source").get("originalTitle").asString())
                .isEqualTo("Council in row over bins");
    }

    @Test
    void aRejectedItemNeverComesBack() {
        Source source = source("review");
        WireItem item = item("Celebrity spotted", "A celebrity was spotted at the market.");
        ingest.ingest(source, feed(item));
        ReviewItem waiting = review.pending(ReviewQueue.MAX_PAGE).stream().filter(r -> r.sourceId() == source.id())
                .findFirst().orElseThrow();

        review.reject(waiting.id(), null);
        IngestOutcome again = ingest.ingest(source, feed(item));

        assertThat(again.queued()).isZero();
        assertThat(review.pending(ReviewQueue.MAX_PAGE)).noneMatch(r -> r.sourceId() == source.id());
        assertThat(storyOf(source, item)).isEmpty();
    }

    @Test
    void aSourceThatDoesNotAllowRewritingKeepsTheWireHeadline() {
        Source source = source("review");
        ingest.ingest(source, feed(item("Rates held", "The central bank held rates.")));
        ReviewItem waiting = review.pending(ReviewQueue.MAX_PAGE).stream().filter(r -> r.sourceId() == source.id())
                .findFirst().orElseThrow();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> review.approve(waiting.id(), "Rates frozen again", null, null))
                .isInstanceOf(ReviewException.class)
                .satisfies(e -> assertThat(((ReviewException) e).fields()).containsKey("headline"));
    }

    @Test
    void theSameStoryFromASecondSourceIsSkippedUnderTheSkipPolicy() {
        Source first = source("auto");
        Source second = source(settings(Unique.name("Second Wire"), world.slug(), "auto"));
        WireItem item = item("Earthquake shakes the coast", "A magnitude 5 earthquake shook the coast.");
        ingest.ingest(first, feed(item));

        IngestOutcome outcome = ingest.ingest(second, feed(Wire.sameStoryElsewhere(item, 3)));

        assertThat(outcome.duplicates()).isEqualTo(1);
        assertThat(outcome.created()).isZero();
        assertThat(storiesOf(second)).isZero();
        assertThat(storyOf(first, item).orElseThrow().syndication().alsoReportedBy()).isEmpty();
    }

    @Test
    void theSameStoryFromASecondSourceIsCreditedUnderTheAlsoPolicy() {
        Source first = source("auto");
        Source second = source(with(settings(Unique.name("Second Wire"), world.slug(), "auto"), "duplicatePolicy", "also"));
        WireItem item = item("Rail strike called off", "The rail strike planned for Friday is off.");
        ingest.ingest(first, feed(item));

        IngestOutcome outcome = ingest.ingest(second, feed(Wire.sameStoryElsewhere(item, 2)));

        assertThat(outcome.duplicates()).isEqualTo(1);
        Article story = storyOf(first, item).orElseThrow();
        assertThat(story.syndication().alsoReportedBy()).containsExactly(second.name());
        assertThat(newReader().get("/story/" + story.slug()).html().select(".also-reported").text())
                .isEqualTo("Also reported by " + second.name() + ".");
    }

    @Test
    void aStoryFourBitsAwayIsADifferentStory() {
        Source first = source("auto");
        Source second = source(settings(Unique.name("Second Wire"), world.slug(), "auto"));
        WireItem item = item("Zoo welcomes twins", "Two red panda cubs were born.");
        ingest.ingest(first, feed(item));

        IngestOutcome outcome = ingest.ingest(second, feed(Wire.sameStoryElsewhere(item, 4)));

        assertThat(outcome.created()).isEqualTo(1);
    }

    @Test
    void aWithdrawnItemLeavesANoticeInsteadOfItsStory() {
        Source source = source("auto");
        String word = Unique.slug("zorblat").replace("-", "");
        WireItem item = item("Minister under investigation " + word, "Claims about the minister.");
        ingest.ingest(source, feed(item));
        Article story = storyOf(source, item).orElseThrow();
        org.broadsheet.testsupport.Eventually.eventually(Duration.ofSeconds(10), () ->
                assertThat(newReader().get("/api/v1/search?q=" + word).body()).contains(story.slug()));

        IngestOutcome outcome = ingest.ingest(source, feed(Wire.withdrawn(item)));

        assertThat(outcome.withdrawn()).isEqualTo(1);
        SiteClient.Answer page = newReader().get("/story/" + story.slug());
        assertThat(page.status()).isEqualTo(410);
        assertThat(page.body()).contains("This story has been withdrawn by its source.");
        assertThat(articles.findPublished(story.slug())).isEmpty();
        assertThat(newReader().get("/category/" + world.slug()).body()).doesNotContain(story.title());
        assertThat(newReader().get("/api/v1/articles?source=" + source.id()).json().get("articles")).isEmpty();
        org.broadsheet.testsupport.Eventually.eventually(Duration.ofSeconds(10), () ->
                assertThat(newReader().get("/api/v1/search?q=" + word).body()).doesNotContain(story.slug()));
        assertThat(newReader().get("/feed").body()).doesNotContain(story.slug());
    }

    @Test
    void anItemMissingFromTheNextPollIsNotWithdrawn() {
        Source source = source("auto");
        WireItem item = item("Market reopens", "The market reopens after repairs.");
        ingest.ingest(source, feed(item));

        ingest.ingest(source, feed(item("Something else", "Another story entirely.")));

        assertThat(storyOf(source, item).orElseThrow().status().dbValue()).isEqualTo("published");
    }

    @Test
    void anEmbargoedItemIsHeldAndPublishedWhenTheEmbargoLifts() {
        Source source = source("auto");
        WireItem item = Wire.embargoedUntil(item("Prize winner named", "The winner of the prize is..."),
                Instant.now().plus(Duration.ofHours(2)));

        IngestOutcome outcome = ingest.ingest(source, feed(item));

        assertThat(outcome.held()).isEqualTo(1);
        assertThat(storyOf(source, item)).isEmpty();
        assertThat(ingest.releaseEmbargoes(sources::find)).isZero();

        testClock().advance(Duration.ofHours(3));
        ingest.releaseEmbargoes(sources::find);

        assertThat(storyOf(source, item).orElseThrow().status().dbValue()).isEqualTo("published");
    }

    @Test
    void keywordFiltersLeaveOutItemsThatDoNotMatch() {
        Source source = source(with(with(settings(Unique.name("Filtered Wire"), world.slug(), "auto"),
                "include", "harbour, ferry"), "exclude", "sponsored"));

        IngestOutcome outcome = ingest.ingest(source, feed(
                item("Harbour dredging starts", "Work begins on the channel."),
                item("Ferry fares rise", "Sponsored: fares go up."),
                item("Cat show results", "Best in show went to a Persian.")));

        assertThat(outcome.created()).isEqualTo(1);
        assertThat(outcome.skipped()).isEqualTo(2);
    }

    @Test
    void feedCategoriesAreMappedToSiteCategoriesElseTheDefault() {
        Category sport = SyndicationTestSupport.category(taxonomy, "Sport");
        Source source = source(with(settings(Unique.name("Mapped Wire"), world.slug(), "auto"),
                "categoryMap", "Football = " + sport.slug() + "\nTennis = " + sport.slug()));
        WireItem football = Wire.inCategories(item("Cup final tonight", "The cup final kicks off at eight."), "FOOTBALL");
        WireItem other = Wire.inCategories(item("Elections next year", "The date is set."), "Politics");

        ingest.ingest(source, feed(football, other));

        assertThat(storyOf(source, football).orElseThrow().category().slug()).isEqualTo(sport.slug());
        assertThat(storyOf(source, other).orElseThrow().category().slug()).isEqualTo(world.slug());
    }

    @Test
    void theNoindexPolicyKeepsOurCopyOutOfSearchEngines() {
        Source source = source(with(settings(Unique.name("Quiet Wire"), world.slug(), "auto"), "seoPolicy", "noindex"));
        WireItem item = item("Tides unusually high", "High tides are expected.");
        ingest.ingest(source, feed(item));
        Article story = storyOf(source, item).orElseThrow();

        var html = newReader().get("/story/" + story.slug()).html();

        assertThat(html.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(html.select("link[rel=canonical]").attr("href")).doesNotContain("wire.example");
    }

    @Test
    void theContentApiFiltersBySourceId() {
        Source source = source("auto");
        Source other = source("auto");
        WireItem mine = item("Orchestra tours abroad", "The orchestra leaves for a tour.");
        ingest.ingest(source, feed(mine));
        ingest.ingest(other, feed(item("Choir wins award", "The choir won.")));

        var list = newReader().get("/api/v1/articles?source=" + source.id()).json().get("articles");

        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("title").asString()).isEqualTo("Orchestra tours abroad");
    }

    @Test
    void oneBadItemIsReportedAndTheOthersAreStored() {
        Source source = source("auto");
        WireItem good = item("Good item", "Fine text.");
        WireItem bad = new WireItem("urn:bad:" + Unique.slug("x"), null, null, "<p>x</p>", "x", null, null,
                Instant.now(), Instant.now(), null, null, false, null, "h", 1L);

        IngestOutcome outcome = ingest.ingest(source, feed(bad, good));

        assertThat(outcome.created()).isEqualTo(1);
        assertThat(outcome.itemErrors()).hasSize(1);
    }

    @Test
    void aBadItemInTheMiddleOfABatchCostsOnlyItself() {
        Source source = source("auto");
        List<WireItem> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(item("Batch story " + i + " " + Unique.slug("b"), "Text of batch story " + i + "."));
        }
        // passes the steps before the store (no title is no reason to skip), fails when its story is written
        items.add(3, new WireItem("urn:bad:" + Unique.slug("x"), null, null, "<p>x</p>", "x", null, List.of(),
                Instant.now(), Instant.now(), null, null, false, null, "h", 7L));

        IngestOutcome outcome = ingest.ingest(source, new ParsedFeed("rss", "Batch", null, items, List.of()));

        assertThat(outcome.created()).isEqualTo(6);
        assertThat(outcome.itemErrors()).hasSize(1);
        assertThat(storiesOf(source)).isEqualTo(6);
        assertThat(ingest.ingest(source, new ParsedFeed("rss", "Batch", null, items, List.of())).unchanged()).isEqualTo(6);
    }

    @Test
    void nearDuplicatesOfAnotherSourcesStoriesInOneBatchAreCaughtAndTheRestPublished() {
        Source first = source("auto");
        Source second = source(settings(Unique.name("Second Wire"), world.slug(), "auto"));
        WireItem flood = item("Flood closes the river road", "The river burst its banks overnight.");
        WireItem fire = item("Fire at the old mill", "Firefighters fought a blaze at the old mill.");
        ingest.ingest(first, feed(flood, fire));

        IngestOutcome outcome = ingest.ingest(second, feed(Wire.sameStoryElsewhere(flood, 1),
                item("Library reopens", "The library reopened after repairs."), Wire.sameStoryElsewhere(fire, 3)));

        assertThat(outcome.duplicates()).isEqualTo(2);
        assertThat(outcome.created()).isEqualTo(1);
        assertThat(storiesOf(second)).isEqualTo(1);
    }

    @Test
    void everyStoryOfABatchReachesTheCachedHomePageAndSectionArchive() {
        Source source = source("auto");
        SiteClient reader = newReader();
        reader.get("/"); // cached now
        reader.get("/category/" + world.slug());
        WireItem one = newest(item("Harbour ferry returns " + Unique.slug("h"), "The ferry is back."));
        WireItem two = newest(item("Museum opens new wing " + Unique.slug("m"), "The wing opens today."));

        assertThat(ingest.ingest(source, feed(one, two)).created()).isEqualTo(2);

        String home = reader.get("/").html().text();
        assertThat(home).contains(one.title(), two.title());
        assertThat(reader.get("/category/" + world.slug()).html().text()).contains(one.title(), two.title());
    }

    /** Stamped a minute ahead, which the store turns into "now": the newest stories on the site. */
    private static WireItem newest(WireItem i) {
        Instant ahead = Instant.now().plusSeconds(60);
        return new WireItem(i.guid(), i.link(), i.title(), i.body(), i.excerpt(), i.author(), i.categories(), ahead, ahead,
                i.imageUrl(), i.imageAlt(), false, null, i.contentHash(), i.simHash());
    }
}
