package org.broadsheet.site;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.content.Slugs;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.SiteClient.Answer;
import org.broadsheet.testsupport.Stories.Story;
import org.broadsheet.testsupport.Unique;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Category, tag and author archives: twelve stories a page, "Show More" for the next. */
class ArchivePagesIT extends AppTest {

    @Test
    void a_category_archive_shows_its_subcategories_stories_and_pages_through_all_of_them() {
        String parent = Unique.name("World");
        String child = Unique.name("Europe");
        taxonomy.saveCategory(Slugs.of(child), child, "", Slugs.of(parent), null);
        Instant time = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            Story story = stories().any().inCategory(i % 3 == 0 ? Slugs.of(child) : Slugs.of(parent))
                    .publishedAt(i < 6 ? time : time.minusSeconds(i));
            story.save();
            expected.add("/story/" + story.slug());
        }

        Document first = okPage("/category/" + Slugs.of(parent));
        String next = first.select("a.show-more").attr("href");
        Document second = okPage(next);

        assertThat(first.select("h1").text()).isEqualTo(parent);
        assertThat(first.select(".archive-list article")).hasSize(12);
        assertThat(next).startsWith("/category/" + Slugs.of(parent) + "?before=");
        assertThat(second.select(".archive-list article")).hasSize(2);
        assertThat(second.select("a.show-more")).isEmpty();
        List<String> seen = new ArrayList<>(storyLinks(first));
        seen.addAll(storyLinks(second));
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void a_subcategory_archive_has_breadcrumbs_through_its_parent() {
        String parent = Unique.name("World");
        String child = Unique.name("Europe");
        taxonomy.saveCategory(Slugs.of(child), child, "Reporting from Europe.", Slugs.of(parent), null);
        stories().any().inCategory(Slugs.of(child)).save();

        Document page = okPage("/category/" + Slugs.of(child));

        assertThat(page.select("nav.breadcrumbs a").eachText()).containsExactly("Home", parent, child);
        assertThat(page.select(".archive-description").text()).isEqualTo("Reporting from Europe.");
        assertThat(page.select("a.show-more")).isEmpty();
    }

    @Test
    void tag_and_author_archives_page_the_same_way() {
        String tag = Unique.name("Tide");
        String author = Unique.name("Maren Holt");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            Story story = stories().any().tagged(tag).by(author).publishedAt(Instant.now().minus(i + 1, ChronoUnit.HOURS));
            story.save();
            expected.add("/story/" + story.slug());
        }

        for (String path : List.of("/tag/" + Slugs.of(tag), "/author/" + Slugs.of(author))) {
            Document first = okPage(path);
            Document second = okPage(first.select("a.show-more").attr("href"));

            assertThat(storyLinks(first)).as(path).containsExactlyElementsOf(expected.subList(0, 12));
            assertThat(storyLinks(second)).as(path).containsExactly(expected.get(12));
            assertThat(second.select("a.show-more")).isEmpty();
        }
        assertThat(okPage("/author/" + Slugs.of(author)).select("h1").text()).isEqualTo(author);
        assertThat(okPage("/tag/" + Slugs.of(tag)).select(".kind").text()).isEqualTo("Tag");
    }

    @Test
    void the_fragment_holds_only_the_items_and_the_next_link() {
        String tag = Unique.name("Tide");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            Story story = stories().any().tagged(tag).publishedAt(Instant.now().minus(i + 1, ChronoUnit.HOURS));
            story.save();
            expected.add("/story/" + story.slug());
        }

        Answer first = http().get("/tag/" + Slugs.of(tag) + "?fragment=1");
        String next = first.html().select("a.show-more").attr("href");
        Answer second = http().get(next + "&fragment=1");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).doesNotContain("<html", "<header", "<footer", "<h1");
        assertThat(storyLinks(first.html())).containsExactlyElementsOf(expected.subList(0, 12));
        assertThat(next).startsWith("/tag/" + Slugs.of(tag) + "?before=");
        assertThat(storyLinks(second.html())).containsExactly(expected.get(12));
        assertThat(second.body()).doesNotContain("show-more", "<html");
    }

    @Test
    void a_cursor_past_the_last_story_is_not_found() {
        String tag = Unique.name("Tide");
        stories().any().tagged(tag).save();
        String beyond = new Cursor(Instant.parse("2000-01-01T00:00:00Z"), 1).token();

        Answer answer = http().get("/tag/" + Slugs.of(tag) + "?before=" + beyond);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.html().select("header.masthead")).hasSize(1);
    }

    private static List<String> storyLinks(Document page) {
        return page.select("article .card-title a").eachAttr("href");
    }

    private Document okPage(String path) {
        Answer answer = http().get(path);
        assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
        return answer.html();
    }
}
