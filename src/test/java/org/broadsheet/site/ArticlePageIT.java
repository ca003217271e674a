package org.broadsheet.site;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.Slugs;
import org.broadsheet.content.Syndication;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.SiteClient.Answer;
import org.broadsheet.testsupport.Stories.Story;
import org.broadsheet.testsupport.Unique;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.testsupport.Eventually.eventually;

class ArticlePageIT extends AppTest {

    private static final Instant PUBLISHED = Instant.parse("2025-03-15T00:06:00Z");

    @Test
    void a_story_shows_breadcrumbs_byline_and_publication_time() {
        String parent = Unique.name("World");
        String child = Unique.name("Europe");
        taxonomy.saveCategory(Slugs.of(child), child, "", Slugs.of(parent), null);
        String author = Unique.name("Maren Holt");
        Story story = stories().any().inCategory(Slugs.of(child)).by(author).publishedAt(PUBLISHED);
        story.save();

        Document page = okPage("/story/" + story.slug());

        assertThat(page.select("h1").text()).isEqualTo(story.title());
        assertThat(page.select("nav.breadcrumbs a").eachAttr("href"))
                .containsExactly("/", "/category/" + Slugs.of(parent), "/category/" + Slugs.of(child));
        assertThat(page.select("nav.breadcrumbs a").eachText()).containsExactly("Home", parent, child);
        assertThat(page.select("nav.breadcrumbs [aria-current=page]").text()).isEqualTo(story.title());
        assertThat(page.select(".byline a[rel=author]").attr("href")).isEqualTo("/author/" + Slugs.of(author));
        assertThat(page.select(".byline a[rel=author]").text()).isEqualTo(author);
        assertThat(page.select(".byline .times > time").attr("datetime")).isEqualTo("2025-03-15T00:06:00Z");
        assertThat(page.select(".byline .times").text()).contains("March 15, 2025", "1 min read");
    }

    @Test
    void last_updated_shows_only_when_the_story_changed_after_publishing() {
        Story edited = stories().any().publishedAt(PUBLISHED).updatedAt(PUBLISHED.plus(2, ChronoUnit.HOURS));
        Story touched = stories().any().publishedAt(PUBLISHED).updatedAt(PUBLISHED.plusSeconds(30));
        edited.save();
        touched.save();

        Document editedPage = okPage("/story/" + edited.slug());
        Document touchedPage = okPage("/story/" + touched.slug());

        assertThat(editedPage.select(".updated").text()).startsWith("· Last updated:");
        assertThat(editedPage.select(".updated time").attr("datetime")).isEqualTo("2025-03-15T02:06:00Z");
        assertThat(touchedPage.select(".updated")).isEmpty();
        assertThat(touchedPage.text()).doesNotContain("Last updated");
    }

    @Test
    void the_share_links_carry_the_story_address() {
        Story story = stories().any();
        story.save();
        String url = baseUrl() + "/story/" + story.slug();
        String encoded = SiteUrls.encode(url);

        Document page = okPage("/story/" + story.slug());

        assertThat(page.select(".share-bar").first().select("a.share-facebook").attr("href"))
                .isEqualTo("https://www.facebook.com/sharer/sharer.php?u=" + encoded);
        assertThat(page.select("a.share-x").attr("href")).startsWith("https://x.com/intent/post?url=" + encoded + "&text=");
        assertThat(page.select("a.share-linkedin").attr("href")).contains("url=" + encoded);
        assertThat(page.select("a.share-whatsapp").attr("href")).startsWith("https://wa.me/?text=").endsWith(encoded);
        assertThat(page.select("a.share-email").attr("href")).startsWith("mailto:?subject=").endsWith("&body=" + encoded);
        assertThat(page.select("a.share-copy").attr("data-copy-link")).isEqualTo(url);
        assertThat(page.select(".share-bar")).hasSize(2);
        assertThat(page.select("article.story").attr("data-story-id")).as("the view beacon's story").matches("[0-9]+");
    }

    @Test
    void a_syndicated_story_names_its_source_and_the_headline_it_had_there() {
        String source = Unique.name("Meridian Wire");
        Story wire = stories().titled("Port strike ends after nine days")
                .syndicatedFrom(source, "https://meridian.example/port-strike", "Dockers end strike");
        Story own = stories().any();
        wire.save();
        own.save();

        Document page = okPage("/story/" + wire.slug());

        assertThat(page.select(".attribution").text()).isEqualTo("(" + Syndication.attributionFor(source) + ")");
        assertThat(page.select(".source-link").text())
                .isEqualTo("Originally published by " + source + " under the headline “Dockers end strike”.");
        assertThat(page.select(".source-link a").attr("href")).isEqualTo("https://meridian.example/port-strike");
        assertThat(okPage("/story/" + own.slug()).select(".attribution, .source-link")).isEmpty();
    }

    @Test
    void tags_link_to_their_archives() {
        String climate = Unique.name("Climate");
        String ports = Unique.name("Ports");
        Story story = stories().any().tagged(ports, climate);
        story.save();

        Document page = okPage("/story/" + story.slug());

        assertThat(page.select("ul.tags a").eachText()).containsExactly("#" + climate, "#" + ports);
        assertThat(page.select("ul.tags a").eachAttr("href")).containsExactly("/tag/" + Slugs.of(climate), "/tag/" + Slugs.of(ports));
    }

    @Test
    void more_stories_shows_four_others_and_related_stories_rank_shared_tags_first() {
        String tide = Unique.name("Tide");
        String flood = Unique.name("Flood");
        Story story = stories().any().body(bodyAbout(flood)).tagged(tide, flood).publishedAt(Instant.now());
        story.save();
        Story oneTag = stories().any().body(bodyAbout(flood)).tagged(flood).publishedAt(Instant.now().minus(1, ChronoUnit.HOURS));
        Story bothTags = stories().any().body(bodyAbout(flood)).tagged(tide, flood).publishedAt(Instant.now().minus(2, ChronoUnit.HOURS));
        oneTag.save();
        bothTags.save();

        // before the search index has them the list comes from shared tags, after from content similarity: same start
        eventually(Duration.ofSeconds(5), () -> assertThat(relatedOn(okPage("/story/" + story.slug())))
                .startsWith("/story/" + bothTags.slug(), "/story/" + oneTag.slug()));
        Document page = okPage("/story/" + story.slug());

        assertThat(page.select(".more-stories h2").text()).isEqualTo("More stories");
        assertThat(page.select(".more-stories article")).hasSize(4);
        assertThat(page.select(".more-stories .card-title a").eachAttr("href")).doesNotContain("/story/" + story.slug());
        assertThat(page.select(".related h2").text()).isEqualTo("Related Stories");
        assertThat(relatedOn(page)).startsWith("/story/" + bothTags.slug(), "/story/" + oneTag.slug())
                .doesNotContain("/story/" + story.slug()).doesNotHaveDuplicates();
    }

    @Test
    void related_stories_beyond_the_first_six_continue_on_a_second_page() {
        String tag = Unique.name("Tide");
        Story story = stories().any().body(bodyAbout(tag)).tagged(tag);
        story.save();
        List<String> related = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Story other = stories().any().body(bodyAbout(tag)).tagged(tag).publishedAt(Instant.now().minus(i + 2, ChronoUnit.HOURS));
            other.save();
            related.add("/story/" + other.slug());
        }

        // the eight are the most alike: six on the first page, the other two first on the second
        eventually(Duration.ofSeconds(5), () -> {
            List<String> first = relatedOn(okPage("/story/" + story.slug()));
            List<String> second = okPage("/story/" + story.slug() + "/related?page=2").select(".card-title a").eachAttr("href");
            assertThat(first).hasSize(6).allMatch(related::contains);
            assertThat(second).hasSizeGreaterThanOrEqualTo(2);
            assertThat(second.subList(0, 2)).allMatch(related::contains).doesNotContainAnyElementsOf(first);
        });
        Document page = okPage("/story/" + story.slug());
        String next = page.select(".related a.show-more").attr("href");
        assertThat(next).isEqualTo("/story/" + story.slug() + "/related?page=2");

        // other tests' stories may still be reaching the search index, changing page 2 between two requests
        eventually(Duration.ofSeconds(5), () -> {
            Document second = okPage(next);
            Answer fragment = http().get(next + "&fragment=1");
            assertThat(fragment.status()).isEqualTo(200);
            assertThat(fragment.body()).doesNotContain("<html", "<header", "<footer");
            assertThat(fragment.html().select(".card-title a").eachAttr("href"))
                    .isEqualTo(second.select(".card-title a").eachAttr("href"));
        });
    }

    /** A body of its own about {@code topic}: alike in topic, not a near-duplicate of the others. */
    private static String bodyAbout(String topic) {
        StringBuilder words = new StringBuilder("<p>The " + topic + " report:");
        for (int i = 0; i < 12; i++) {
            words.append(' ').append(Unique.slug("w").replace("-", ""));
        }
        return words.append(".</p>").toString();
    }

    private static List<String> relatedOn(Document page) {
        return page.select(".related .card-title a").eachAttr("href");
    }

    @Test
    void an_old_slug_redirects_permanently_to_the_new_one() {
        Story story = stories().any();
        long id = story.save();
        String oldSlug = story.slug();
        String newSlug = Unique.slug("renamed");
        articles.changeSlug(id, newSlug);

        Answer answer = http().get("/story/" + oldSlug);

        assertThat(answer.status()).isEqualTo(301);
        assertThat(answer.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/story/" + newSlug));
        assertThat(okPage("/story/" + newSlug).select("h1").text()).isNotBlank();
    }

    @Test
    void drafts_and_trashed_stories_are_not_found() {
        Story draft = stories().any().status(ArticleStatus.DRAFT);
        Story trashed = stories().any().status(ArticleStatus.TRASHED);
        draft.save();
        trashed.save();

        assertThat(http().get("/story/" + draft.slug()).status()).isEqualTo(404);
        assertThat(http().get("/story/" + trashed.slug()).status()).isEqualTo(404);
    }

    private Document okPage(String path) {
        Answer answer = http().get(path);
        assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
        return answer.html();
    }
}
