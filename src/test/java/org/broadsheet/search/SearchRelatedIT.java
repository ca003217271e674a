package org.broadsheet.search;

import java.util.List;

import org.broadsheet.content.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SearchRelatedIT extends SearchTestSupport {

    @Autowired
    RelatedStories related;

    @Test
    void relatedStoriesAreSimilarOnesAndNeverTheStoryItselfOrANearDuplicate() {
        String volcano = "<p>The volcano erupted overnight, sending ash over the island. Volcanologists measured lava "
                + "flows and sulphur levels while islanders left their homes near the crater.</p>";
        long id = saveIndexed(story("volcano-erupts", "Volcano erupts on the island", "", volcano, "Science", daysAgo(1),
                "volcano"));
        saveIndexed(
                story("volcano-erupts-copy", "Volcano erupts on the island", "", volcano, "World", daysAgo(1), "volcano"),
                story("volcano-ash", "Ash cloud grounds island flights", "",
                        "<p>Ash from the volcano closed the airport; lava flows continue near the crater.</p>",
                        "World", daysAgo(1), "volcano"),
                story("cake-recipe", "A lemon cake for Sunday", "", "<p>Butter, sugar, eggs and lemons.</p>", "Life",
                        daysAgo(1)));

        List<String> slugs = related.related(id, 1, 6).orElseThrow().stream().map(ArticleSummary::slug).toList();

        assertThat(slugs).contains("volcano-ash").doesNotContain("volcano-erupts", "volcano-erupts-copy", "cake-recipe");
    }

    @Test
    void theArticlePageShowsRelatedStoriesAndShowMorePagesThroughThem() {
        String body = "<p>The glacier retreat in the valley continues; glacier melt feeds the river and the glacier "
                + "lake grows.</p>";
        saveIndexed(story("glacier-0", "Glacier retreat measured", "", body, "Science", daysAgo(1), "glacier"));
        for (int i = 1; i <= 8; i++) {
            saveIndexed(story("glacier-" + i, "Glacier report number " + i, "",
                    "<p>Glacier melt and glacier lake, part " + i + " of the valley series on the river.</p>", "Science",
                    daysAgo(1 + i), "glacier"));
        }

        String page = get("/story/glacier-0").body();
        String more = get("/story/glacier-0/related?page=2&fragment=1").body();

        assertThat(page).contains("Related Stories").contains("/story/glacier-1").contains("/story/glacier-0/related?page=2");
        assertThat(more).contains("/story/glacier-").doesNotContain("href=\"/story/glacier-0\"");
    }
}
