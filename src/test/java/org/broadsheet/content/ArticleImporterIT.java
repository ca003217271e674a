package org.broadsheet.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.content.ArticleImporter.LineError;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.StoryGenerator;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleImporterIT extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ArticleImporter importer;

    @Test
    void bad_lines_are_reported_with_their_numbers_and_the_rest_is_imported() throws IOException {
        List<String> good = new StoryGenerator(101, Unique.name("ns")).lines(12);
        List<String> lines = withBadLines(good);

        ArticleImporter.Report report = importAll(lines);

        assertThat(report.lines()).isEqualTo(lines.size());
        assertThat(report.created()).isEqualTo(12);
        assertThat(report.updated()).isZero();
        assertThat(report.errors()).extracting(LineError::line).containsExactly(3L, 6L, 9L, 12L, 15L);
        assertThat(report.errors()).extracting(LineError::message).satisfiesExactly(
                m -> assertThat(m).startsWith("not valid JSON"),
                m -> assertThat(m).contains("'title' is missing"),
                m -> assertThat(m).contains("'published_at'").contains("ISO-8601"),
                m -> assertThat(m).contains("slug 'Not A Slug!'"),
                m -> assertThat(m).contains("author is empty"));
        for (String line : good) {
            JsonNode story = JSON.readTree(line);
            assertThat(articles.findPublished(story.get("slug").asString())).map(Article::title)
                    .contains(story.get("title").asString());
        }
    }

    @Test
    void a_second_import_of_the_same_file_updates_instead_of_duplicating() throws IOException {
        List<String> good = new StoryGenerator(202, Unique.name("ns")).lines(12);
        List<String> lines = withBadLines(good);
        importAll(lines);

        ArticleImporter.Report again = importAll(lines);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(12);
        assertThat(again.failed()).isEqualTo(5);
        List<String> slugs = good.stream().map(line -> JSON.readTree(line).get("slug").asString()).toList();
        assertThat(jdbc.sql("SELECT count(*) FROM article WHERE slug IN (:slugs)").param("slugs", slugs)
                .query(Long.class).single()).isEqualTo(12);
    }

    @Test
    void unknown_categories_tags_and_authors_are_created() throws IOException {
        StoryGenerator generator = new StoryGenerator(303, Unique.name("ns"));
        List<String> lines = generator.lines(20);
        assertThat(generator.categories()).allSatisfy(c -> assertThat(taxonomy.category(Slugs.of(c))).isEmpty());

        importAll(lines);

        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            Article article = articles.findPublished(node.get("slug").asString()).orElseThrow();
            assertThat(article.category().name()).isEqualTo(node.get("category").asString());
            assertThat(article.author().name()).isEqualTo(node.get("author").asString());
            List<String> tags = new ArrayList<>();
            node.get("tags").forEach(t -> tags.add(t.asString()));
            assertThat(article.tags()).extracting(Tag::name).containsExactlyInAnyOrderElementsOf(tags);
        }
    }

    @Test
    void a_wire_story_keeps_its_source_and_original_headline() throws IOException {
        String slug = Unique.slug("wire");
        String line = """
                {"id": "w-1", "title": "Port strike ends after nine days", "slug": "%s", "category": "%s", "tags": [],
                 "author": "Wire Desk", "published_at": "2026-03-15T00:06:00+01:00", "updated_at": null,
                 "excerpt": "Dockers return.", "body_html": "<p>Dockers returned to work.</p>",
                 "source": {"name": "Meridian Wire", "url": "https://meridian.example/port"},
                 "original_title": "Dockers end strike"}""".formatted(slug, Unique.name("Desk")).replace("\n", " ");

        assertThat(importAll(List.of(line)).created()).isEqualTo(1);

        Article article = articles.findPublished(slug).orElseThrow();
        assertThat(article.publishedAt()).hasToString("2026-03-14T23:06:00Z");
        assertThat(article.syndication()).isEqualTo(new Syndication("Meridian Wire", "https://meridian.example/port",
                Syndication.attributionFor("Meridian Wire"), null, "Dockers end strike"));
        assertThat(article.dek()).isEqualTo("Dockers return.");
    }

    @Test
    void a_line_without_a_slug_gets_one_from_its_headline() throws IOException {
        String title = Unique.name("Harbour Café reopens");
        String line = JSON.writeValueAsString(JSON.createObjectNode().put("title", title).put("category", "Local")
                .put("author", "Maren Holt").put("published_at", "2026-03-15T00:06:00Z"));

        importAll(List.of(line));

        assertThat(articles.findPublished(Slugs.of(title))).map(Article::title).contains(title);
    }

    /** Good lines with bad ones at lines 3 (JSON), 6 (title), 9 (date), 12 (slug), 15 (author) and a blank line 17. */
    private static List<String> withBadLines(List<String> good) {
        List<String> lines = new ArrayList<>(good);
        lines.add(2, "{\"title\": \"Broken");
        lines.add(5, edit(good.get(0), node -> node.remove("title")));
        lines.add(8, edit(good.get(1), node -> node.put("slug", Unique.slug("date")).put("published_at", "yesterday")));
        lines.add(11, edit(good.get(2), node -> node.put("slug", "Not A Slug!")));
        lines.add(14, edit(good.get(3), node -> node.put("slug", Unique.slug("nobody")).put("author", "???")));
        lines.add(16, "   ");
        return lines;
    }

    private static String edit(String line, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode node = (ObjectNode) JSON.readTree(line);
        change.accept(node);
        return JSON.writeValueAsString(node);
    }

    private ArticleImporter.Report importAll(List<String> lines) throws IOException {
        return importer.importLines(new BufferedReader(new StringReader(String.join("\n", lines))), read -> { });
    }
}
