package org.broadsheet.search;

import java.util.List;
import java.util.Optional;

import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The index follows the change journal on its own: no test here calls the indexer. */
class SearchFollowIT extends SearchTestSupport {

    @Autowired
    RelatedStories related;

    @Test
    void aPublishedStoryIsSearchableWithinASecond() {
        articles.save(story("heron-first", "Heron nests on the town hall", "", "<p>A grey heron.</p>", "Life", daysAgo(1)));

        eventually(WITHIN, () -> assertThat(slugsFound("heron")).containsExactly("heron-first"));
    }

    @Test
    void anUpdatedStoryIsFoundByItsNewWords() {
        ArticleDraft draft = story("ibis-update", "Ibis story", "", "<p>Old words only.</p>", "Life", daysAgo(1));
        articles.save(draft);
        eventually(WITHIN, () -> assertThat(slugsFound("ibis")).containsExactly("ibis-update"));

        articles.save(story("ibis-update", "Ibis story", "", "<p>Now mentions flamingos.</p>", "Life", daysAgo(1)));

        eventually(WITHIN, () -> assertThat(slugsFound("flamingos")).containsExactly("ibis-update"));
    }

    @Test
    void unpublishedTrashedAndDeletedStoriesVanishFromResultsAndRelatedLists() {
        ArticleDraft base = story("lynx-base", "Lynx recovery in the forest", "",
                "<p>The lynx population in the northern forest recovers after years of protection.</p>", "Science",
                daysAgo(3), "lynx");
        ArticleDraft unpublished = story("lynx-draft", "Lynx kittens counted", "",
                "<p>Rangers counted lynx kittens in dens across the northern forest this spring.</p>", "Science",
                daysAgo(2), "lynx");
        ArticleDraft trashed = story("lynx-trashed", "Lynx tracks in the snow", "",
                "<p>Fresh lynx tracks crossed the snow near the forest road, hikers said.</p>", "Science",
                daysAgo(2), "lynx");
        ArticleDraft deleted = story("lynx-deleted", "Lynx seen near the river", "",
                "<p>A lynx was filmed drinking at the river below the forest village.</p>", "Science",
                daysAgo(2), "lynx");
        long baseId = articles.save(base).id();
        articles.save(unpublished);
        articles.save(trashed);
        long deletedId = articles.save(deleted).id();
        eventually(WITHIN, () -> assertThat(slugsFound("lynx")).hasSize(4));
        assertThat(relatedSlugs(baseId)).contains("lynx-draft", "lynx-trashed", "lynx-deleted");

        articles.save(withStatus(unpublished, ArticleStatus.DRAFT));
        articles.save(withStatus(trashed, ArticleStatus.TRASHED));
        articles.delete(deletedId);

        eventually(WITHIN, () -> assertThat(slugsFound("lynx")).containsExactly("lynx-base"));
        assertThat(relatedSlugs(baseId)).doesNotContain("lynx-draft", "lynx-trashed", "lynx-deleted");
        assertThat(get("/api/v1/search?q=lynx").body()).doesNotContain("lynx-draft", "lynx-trashed", "lynx-deleted");
    }

    @Test
    void aRenamedSectionIsShownAndFilteredUnderItsNewNameInResults() {
        articles.save(story("cormorant-section", "Cormorant colony grows", "", "<p>Cormorants.</p>", "Seabirds Desk",
                daysAgo(1)));
        eventually(WITHIN, () -> assertThat(slugsFound("cormorant")).containsExactly("cormorant-section"));

        taxonomy.saveCategory("seabirds-desk", "Coastal Birds", "", null, null);

        eventually(WITHIN, () -> assertThat(search.search(SearchRequest.of("cormorant")).hits().getFirst().story()
                .categoryName()).isEqualTo("Coastal Birds"));
    }

    private List<String> relatedSlugs(long id) {
        Optional<List<ArticleSummary>> list = related.related(id, 1, 10);
        return list.orElseThrow().stream().map(ArticleSummary::slug).toList();
    }
}
