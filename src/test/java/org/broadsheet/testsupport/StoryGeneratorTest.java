package org.broadsheet.testsupport;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.content.Slugs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class StoryGeneratorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_same_seed_gives_the_same_lines_and_another_seed_other_stories() {
        List<String> once = new StoryGenerator(42).lines(50);

        assertThat(new StoryGenerator(42).lines(50)).isEqualTo(once);
        assertThat(new StoryGenerator(43).lines(50)).doesNotContainAnyElementsOf(once);
        assertThat(new StoryGenerator(42, "Qx").lines(50)).isNotEqualTo(once);
    }

    @Test
    void every_line_follows_the_import_format() {
        List<String> slugs = new ArrayList<>();
        int syndicated = 0;
        for (String line : new StoryGenerator(7, "Qx").lines(200)) {
            JsonNode story = JSON.readTree(line);
            assertThat(story.propertyNames()).containsExactly("id", "title", "slug", "category", "tags", "author",
                    "published_at", "updated_at", "excerpt", "body_html", "source");
            assertThat(Slugs.isValid(story.get("slug").asString())).isTrue();
            assertThat(story.get("category").asString()).endsWith(" Qx");
            assertThat(story.get("tags").isArray()).isTrue();
            assertThat(OffsetDateTime.parse(story.get("updated_at").asString()))
                    .isAfterOrEqualTo(OffsetDateTime.parse(story.get("published_at").asString()));
            assertThat(story.get("body_html").asString()).startsWith("<");
            if (!story.get("source").isNull()) {
                syndicated++;
                assertThat(story.get("source").propertyNames()).containsExactly("name", "url");
            }
            slugs.add(story.get("slug").asString());
        }
        assertThat(slugs).doesNotHaveDuplicates();
        assertThat(syndicated).isBetween(40, 120);
    }
}
