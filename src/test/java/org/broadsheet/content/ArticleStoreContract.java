package org.broadsheet.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.broadsheet.platform.web.Cursor;
import org.broadsheet.platform.web.Slice;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.Stories.Story;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What storing and listing stories promises, whatever the database: run by {@link ArticleStoreSqliteIT}
 * and {@link ArticleStorePostgresIT}.
 */
abstract class ArticleStoreContract extends AppTest {

    @Test
    void a_sitemap_page_without_stories_has_no_last_change_instead_of_failing() {
        // what an empty site's sitemap index asks for its first page (it answered 500 before)
        assertThat(articles.sitemapPageLastUpdate(1_000, 50_000)).isNull();
    }

    @Test
    void saving_a_slug_again_updates_that_story_instead_of_adding_one() {
        Story story = stories().any().tagged(Unique.name("Ports"), Unique.name("Rail"));
        ArticleService.Saved first = articles.save(story.draft());
        ArticleService.Saved again = articles.save(story.draft());

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(jdbc.sql("SELECT count(*) FROM article WHERE slug = :slug").param("slug", story.slug())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_update_replaces_the_headline_and_the_tags() {
        String ports = Unique.name("Ports");
        String rail = Unique.name("Rail");
        String ferries = Unique.name("Ferries");
        Story story = stories().any().tagged(ports, rail);
        story.save();

        story.retitled("Harbour plan approved after all").tagged(rail, ferries).save();

        Article stored = articles.findPublished(story.slug()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Harbour plan approved after all");
        assertThat(stored.tags()).extracting(Tag::name).containsExactlyInAnyOrder(rail, ferries);
        assertThat(ids(articles.withTag(taxonomy.tag(Slugs.of(ports)).orElseThrow(), Cursor.START, 10)))
                .doesNotContain(stored.id());
    }

    @Test
    void a_stored_body_has_no_scripts_event_handlers_or_javascript_links() {
        Story story = stories().any().body("""
                <p onclick="steal()">Harbour reopens.</p><script>alert(1)</script>
                <img src="https://example.org/a.jpg" onerror="alert(2)"><a href="javascript:alert(3)">more</a>
                <iframe src="https://evil.example"></iframe>""");
        story.save();

        String html = articles.findPublished(story.slug()).orElseThrow().body().html();
        assertThat(html).contains("<p>Harbour reopens.</p>", "https://example.org/a.jpg", ">more</a>")
                .doesNotContainIgnoringCase("script").doesNotContain("onclick", "onerror", "iframe");
    }

    @Test
    void reading_time_counts_the_words_of_the_body() {
        Story shortStory = stories().any().body("<p>" + words(230) + "</p>");
        Story longStory = stories().any().body("<p>" + words(231) + "</p><p>" + words(230) + "</p>");
        shortStory.save();
        longStory.save();

        assertThat(articles.findPublished(shortStory.slug()).orElseThrow().readingMinutes()).isEqualTo(1);
        assertThat(articles.findPublished(longStory.slug()).orElseThrow().readingMinutes()).isEqualTo(3);
    }

    @Test
    void every_list_pages_through_stories_sharing_a_time_without_duplicates_or_gaps() {
        Instant time = randomMoment();
        String parent = Unique.name("Parent");
        String child = Unique.name("Child");
        taxonomy.saveCategory(Slugs.of(child), child, "", Slugs.of(parent), null);
        String tag = Unique.name("Tide");
        String author = Unique.name("Writer");
        String source = Unique.name("Wire");
        List<Long> expected = new ArrayList<>();
        expected.add(story(parent, tag, author, source, time.plus(1, ChronoUnit.MINUTES)));
        List<Long> sameTime = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            sameTime.add(story(i % 2 == 0 ? parent : Slugs.of(child), tag, author, source, time));
        }
        sameTime.sort(Comparator.reverseOrder());
        expected.addAll(sameTime);
        expected.add(story(Slugs.of(child), tag, author, source, time.minus(1, ChronoUnit.MINUTES)));

        Category parentCategory = taxonomy.category(Slugs.of(parent)).orElseThrow();
        assertThat(walk(c -> articles.inCategory(parentCategory, c, 3))).isEqualTo(expected);
        assertThat(walk(c -> articles.withTag(taxonomy.tag(Slugs.of(tag)).orElseThrow(), c, 3))).isEqualTo(expected);
        assertThat(walk(c -> articles.byAuthor(taxonomy.author(Slugs.of(author)).orElseThrow(), c, 3))).isEqualTo(expected);
        assertThat(walk(c -> articles.fromSource(source, c, 3))).isEqualTo(expected);
        assertThat(walkLatestAround(time)).isEqualTo(expected);
    }

    @Test
    void a_child_category_lists_only_its_own_stories() {
        String parent = Unique.name("Parent");
        String child = Unique.name("Child");
        Category childCategory = taxonomy.saveCategory(Slugs.of(child), child, "", Slugs.of(parent), null);
        long inParent = stories().any().inCategory(parent).save();
        long inChild = stories().any().inCategory(child).save();

        assertThat(ids(articles.inCategory(childCategory, Cursor.START, 10))).containsExactly(inChild);
        assertThat(ids(articles.inCategory(taxonomy.category(Slugs.of(parent)).orElseThrow(), Cursor.START, 10)))
                .containsExactlyInAnyOrder(inParent, inChild);
    }

    @Test
    void drafts_scheduled_and_trashed_stories_appear_in_no_list() {
        Instant time = randomMoment();
        String category = Unique.name("Desk");
        String tag = Unique.name("Embargo");
        String author = Unique.name("Writer");
        String source = Unique.name("Wire");
        String word = Unique.slug("zebra").replace("-", "");
        List<Story> hidden = new ArrayList<>();
        for (ArticleStatus status : List.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.TRASHED)) {
            // a scheduled story's time is ahead, or the scheduled publisher would rightly publish it
            Instant at = status == ArticleStatus.SCHEDULED ? Instant.now().plus(30, java.time.temporal.ChronoUnit.DAYS) : time;
            hidden.add(stories().titled(word + " " + status).status(status).inCategory(category).tagged(tag).by(author)
                    .syndicatedFrom(source, null, null).publishedAt(at));
        }
        Story withdrawn = stories().titled(word + " withdrawn").inCategory(category).tagged(tag).by(author)
                .syndicatedFrom(source, null, null).publishedAt(time);
        withdrawn.save();
        withdrawn.status(ArticleStatus.TRASHED);
        hidden.add(withdrawn);
        hidden.forEach(Story::save);
        long visible = stories().titled(word + " published").inCategory(category).tagged(tag).by(author)
                .syndicatedFrom(source, null, null).publishedAt(time).save();

        assertThat(ids(articles.inCategory(taxonomy.category(Slugs.of(category)).orElseThrow(), Cursor.START, 10)))
                .containsExactly(visible);
        assertThat(ids(articles.withTag(taxonomy.tag(Slugs.of(tag)).orElseThrow(), Cursor.START, 10))).containsExactly(visible);
        assertThat(ids(articles.byAuthor(taxonomy.author(Slugs.of(author)).orElseThrow(), Cursor.START, 10)))
                .containsExactly(visible);
        assertThat(ids(articles.fromSource(source, Cursor.START, 10))).containsExactly(visible);
        assertThat(ids(articles.searchTitles(word, Cursor.START, 10))).containsExactly(visible);
        assertThat(walkLatestAround(time)).containsExactly(visible);
        assertThat(hidden).allSatisfy(story -> assertThat(articles.findPublished(story.slug())).isEmpty());
    }

    @Test
    void related_stories_leave_out_the_story_itself_and_rank_shared_tags_first() {
        String category = Unique.name("Desk");
        String tide = Unique.name("Tide");
        String flood = Unique.name("Flood");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Story story = stories().any().inCategory(category).tagged(tide, flood);
        story.save();
        long bothTags = stories().any().tagged(tide, flood).publishedAt(now.minus(3, ChronoUnit.HOURS)).save();
        long oneTag = stories().any().tagged(flood).publishedAt(now.minus(2, ChronoUnit.HOURS)).save();
        long sameCategory = stories().any().inCategory(category).publishedAt(now.minus(1, ChronoUnit.HOURS)).save();
        stories().any().tagged(tide, flood).status(ArticleStatus.DRAFT).save();
        stories().any().tagged(Unique.name("Elsewhere")).save();

        List<ArticleSummary> related = articles.related(articles.findPublished(story.slug()).orElseThrow(), 1, 6);

        assertThat(related).extracting(ArticleSummary::id).containsExactly(bothTags, oneTag, sameCategory);
    }

    @Test
    void related_stories_come_in_pages() {
        String tag = Unique.name("Tide");
        Story story = stories().any().tagged(tag);
        story.save();
        List<Long> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(stories().any().tagged(tag).publishedAt(Instant.now().minus(i + 2, ChronoUnit.HOURS)).save());
        }
        Article article = articles.findPublished(story.slug()).orElseThrow();

        List<ArticleSummary> first = articles.related(article, 1, 3);
        List<ArticleSummary> second = articles.related(article, 2, 3);

        assertThat(first).hasSize(4).extracting(ArticleSummary::id).startsWith(others.get(0), others.get(1), others.get(2));
        assertThat(second).extracting(ArticleSummary::id).containsExactly(others.get(3), others.get(4));
    }

    private long story(String category, String tag, String author, String source, Instant publishedAt) {
        return stories().any().inCategory(category).tagged(tag).by(author).syndicatedFrom(source, null, null)
                .publishedAt(publishedAt).save();
    }

    /** Ids of every page of a list, following its cursors from the start. */
    private static List<Long> walk(Function<Cursor, Slice<ArticleSummary>> list) {
        List<Long> ids = new ArrayList<>();
        Cursor cursor = Cursor.START;
        for (int page = 0; page < 100 && cursor != null; page++) {
            Slice<ArticleSummary> slice = list.apply(cursor);
            assertThat(slice.items()).hasSizeLessThanOrEqualTo(3);
            ids.addAll(ids(slice));
            cursor = slice.next();
        }
        return ids;
    }

    /** The site-wide newest-first list from a minute after {@code time} to a minute before it. */
    private List<Long> walkLatestAround(Instant time) {
        List<Long> ids = new ArrayList<>();
        Cursor cursor = new Cursor(time.plus(1, ChronoUnit.MINUTES).plusMillis(1), 0);
        while (cursor != null && !cursor.time().isBefore(time.minus(1, ChronoUnit.MINUTES))) {
            Slice<ArticleSummary> slice = articles.latest(cursor, 3);
            slice.items().stream().filter(s -> !s.publishedAt().isBefore(time.minus(1, ChronoUnit.MINUTES)))
                    .forEach(s -> ids.add(s.id()));
            cursor = slice.next();
        }
        return ids;
    }

    private static List<Long> ids(Slice<ArticleSummary> slice) {
        return slice.items().stream().map(ArticleSummary::id).toList();
    }

    /** A millisecond in 2015 that no other story has. */
    private static Instant randomMoment() {
        return Instant.parse("2015-01-01T00:00:00Z").plusMillis(ThreadLocalRandom.current().nextLong(365L * 24 * 3600 * 1000));
    }

    private static String words(int count) {
        return String.join(" ", java.util.Collections.nCopies(count, "word"));
    }
}
