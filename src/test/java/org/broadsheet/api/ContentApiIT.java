package org.broadsheet.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.content.Slugs;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.SiteClient.Answer;
import org.broadsheet.testsupport.Stories.Story;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The public read-only Content API under {@code /api/v1}. */
class ContentApiIT extends AppTest {

    @Test
    void each_filter_lists_only_its_own_published_stories_newest_first() {
        String category = Unique.name("Desk");
        String tag = Unique.name("Tide");
        String author = Unique.name("Writer");
        String source = Unique.name("Wire");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Story older = stories().any().inCategory(category).tagged(tag).by(author).syndicatedFrom(source, null, null)
                .publishedAt(now.minus(2, ChronoUnit.HOURS));
        Story newer = stories().any().inCategory(category).tagged(tag).by(author).syndicatedFrom(source, null, null)
                .publishedAt(now.minus(1, ChronoUnit.HOURS));
        older.save();
        newer.save();
        stories().any().inCategory(category).tagged(tag).by(author).syndicatedFrom(source, null, null)
                .status(org.broadsheet.content.ArticleStatus.DRAFT).save();

        for (String filter : List.of("category=" + Slugs.of(category), "tag=" + Slugs.of(tag),
                "author=" + Slugs.of(author), "source=" + source.replace(" ", "%20"))) {
            Answer answer = http().get("/api/v1/articles?" + filter);
            assertThat(answer.status()).as(filter).isEqualTo(200);
            assertThat(answer.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(slugs(answer.json())).as(filter).containsExactly(newer.slug(), older.slug());
            assertThat(answer.json().get("nextCursor").isNull()).isTrue();
        }
    }

    @Test
    void the_cursor_walks_every_page_without_duplicates() {
        String category = Unique.name("Desk");
        Instant time = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            Story story = stories().any().inCategory(category).publishedAt(i < 5 ? time : time.minusSeconds(i));
            story.save();
            expected.add(story.slug());
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = http().get("/api/v1/articles?category=" + Slugs.of(category) + "&limit=4"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            assertThat(page.get("articles").size()).isLessThanOrEqualTo(4);
            seen.addAll(slugs(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_unfiltered_list_pages_through_the_whole_site_without_duplicates() {
        Story story = stories().any();
        story.save();
        List<String> seen = new ArrayList<>();
        String cursor = "";
        for (int pages = 0; cursor != null && pages < 200; pages++) {
            JsonNode page = http().get("/api/v1/articles?limit=100&cursor=" + cursor).json();
            seen.addAll(slugs(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        }
        assertThat(cursor).isNull();
        assertThat(seen).doesNotHaveDuplicates().contains(story.slug()).hasSize((int) articles.countPublished());
    }

    @Test
    void every_article_carries_an_absolute_url_that_opens_the_story() {
        Story story = stories().any().tagged(Unique.name("Tide"));
        story.save();

        JsonNode article = http().get("/api/v1/articles/" + story.slug()).json();
        JsonNode listed = http().get("/api/v1/articles?limit=100").json().get("articles");

        assertThat(article.get("url").asString()).isEqualTo(baseUrl() + "/story/" + story.slug());
        assertThat(http().get("/story/" + story.slug()).status()).isEqualTo(200);
        listed.forEach(item -> assertThat(item.get("url").asString()).startsWith(baseUrl() + "/story/"));
        assertThat(article.get("title").asString()).isEqualTo(story.title());
        assertThat(article.get("bodyHtml").asString()).contains("<p>");
        assertThat(article.get("tags").get(0).get("slug").asString()).startsWith("tide-");
    }

    @Test
    void a_wire_story_shows_its_times_and_source() {
        Instant published = Instant.parse("2025-03-15T00:06:00Z");
        Story story = stories().any().publishedAt(published).updatedAt(published.plus(2, ChronoUnit.HOURS))
                .syndicatedFrom("Meridian Wire", "https://meridian.example/a", "Original headline");
        story.save();

        JsonNode article = http().get("/api/v1/articles/" + story.slug()).json();

        assertThat(article.get("publishedAt").asString()).isEqualTo("2025-03-15T00:06:00Z");
        assertThat(article.get("updatedAt").asString()).isEqualTo("2025-03-15T02:06:00Z");
        assertThat(article.get("readingMinutes").asInt()).isEqualTo(1);
        assertThat(article.get("source").get("name").asString()).isEqualTo("Meridian Wire");
        assertThat(article.get("source").get("url").asString()).isEqualTo("https://meridian.example/a");
        assertThat(article.get("source").get("originalTitle").asString()).isEqualTo("Original headline");
        assertThat(article.get("source").get("attribution").asString()).contains("Meridian Wire");
    }

    @Test
    void the_api_is_read_only() {
        Answer answer = http().postForm("/api/v1/articles", java.util.Map.of("title", "Hello"));

        assertThat(answer.status()).isEqualTo(405);
        assertJsonError(answer, 405);
    }

    @Test
    void categories_are_listed_with_their_parent_and_address() {
        String parent = Unique.name("Parent");
        String child = Unique.name("Child");
        taxonomy.saveCategory(Slugs.of(child), child, "Smaller news.", Slugs.of(parent), null);

        JsonNode categories = http().get("/api/v1/categories").json();

        JsonNode found = null;
        for (JsonNode c : categories) {
            if (c.get("slug").asString().equals(Slugs.of(child))) {
                found = c;
            }
        }
        assertThat(found).isNotNull();
        assertThat(found.get("name").asString()).isEqualTo(child);
        assertThat(found.get("parent").asString()).isEqualTo(Slugs.of(parent));
        assertThat(found.get("url").asString()).isEqualTo(baseUrl() + "/category/" + Slugs.of(child));
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=101", "limit=-1", "limit=abc", "limit=99999999999", "limit=",
            "cursor=not-a-cursor", "cursor=%25%25", "cursor=MTIz", "cursor=LTEuLTE",
            "cursor=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "category=a&tag=b"})
    void bad_parameters_get_a_400_json_error(String query) {
        Answer answer = http().get("/api/v1/articles?" + query);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertJsonError(answer, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/articles/no-such-story-anywhere", "/api/v1/articles?category=no-such-category",
            "/api/v1/articles?tag=no-such-tag", "/api/v1/articles?author=no-such-author", "/api/v1/nothing-here"})
    void unknown_things_get_a_404_json_error(String path) {
        Answer answer = http().get(path);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertJsonError(answer, 404);
    }

    @Test
    void a_draft_is_not_served() {
        Story draft = stories().any().status(org.broadsheet.content.ArticleStatus.DRAFT);
        draft.save();

        Answer answer = http().get("/api/v1/articles/" + draft.slug());

        assertThat(answer.status()).isEqualTo(404);
        assertJsonError(answer, 404);
    }

    private static void assertJsonError(Answer answer, int status) {
        assertThat(answer.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = answer.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception", "\tat ", "org.broadsheet", "org.springframework", "trace");
    }

    private static List<String> slugs(JsonNode page) {
        List<String> slugs = new ArrayList<>();
        page.get("articles").forEach(a -> slugs.add(a.get("slug").asString()));
        return slugs;
    }
}
