package org.broadsheet.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.Author;
import org.broadsheet.content.BodySanitizer;
import org.broadsheet.content.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Results are counted exactly up to a thousand, or a hundred for a quoted phrase, then as "more than". */
class SearchCountTest {

    private static final Category NEWS = new Category(1, "news", "News", "", null, 1);
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path root;

    @Test
    void wordsAreCountedExactlyAndAPhraseUpToAHundred() {
        SearchIndex index = new SearchIndex(root);
        Map<Long, Document> stories = new HashMap<>();
        for (long id = 1; id <= 150; id++) {
            Instant published = NOW.minus(Duration.ofHours(id));
            Article story = new Article(id, "story-" + id, "Harbour ferry timetable " + id, "", BodySanitizer.sanitize(
                    "<p>The harbour ferry sails at dawn.</p>"), null, ArticleStatus.PUBLISHED, false, published, published,
                    new Author(1, "desk", "News Desk", "", null), NEWS, List.of(), null, 1, null, null);
            stories.put(id, StoryDocuments.of(story, List.of(NEWS)));
        }
        index.apply(stories, List.of(), 1);
        SearchService search = new SearchService(index, Clock.fixed(NOW, ZoneOffset.UTC));

        SearchResults words = search.search(SearchRequest.of("harbour ferry"));
        SearchResults phrase = search.search(SearchRequest.of("\"harbour ferry\""));

        assertThat(words.total()).isEqualTo(150);
        assertThat(words.totalExact()).isTrue();
        assertThat(phrase.totalExact()).isFalse();
        assertThat(phrase.total()).isBetween((long) SearchService.PHRASE_COUNT_UP_TO, 150L);
        assertThat(phrase.hits()).extracting(h -> h.story().slug()).startsWith("story-1", "story-2");
        // a page beyond the exact count still comes out whole
        SearchResults twelfth = search.search(SearchRequest.of("\"harbour ferry\"", null, null, null, null, "12"));
        assertThat(twelfth.hits()).hasSize(10);
        assertThat(twelfth.hits().getFirst().story().slug()).isEqualTo("story-111");
        index.close();
    }
}
