package org.broadsheet.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.Author;
import org.broadsheet.content.BodySanitizer;
import org.broadsheet.content.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quoted phrases start from the stories that hold each two of their words side by side (hashed
 * pairs); the phrase check still decides. An index written before stories had those pairs still
 * finds phrases, and asks to be rebuilt.
 */
class WordPairsTest {

    private static final Category NEWS = new Category(1, "news", "News", "", null, 1);
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path root;

    @Test
    void aPhraseFindsOnlyStoriesWithItsWordsInThatOrderEvenAcrossStopWords() {
        SearchIndex index = new SearchIndex(root);
        index.apply(Map.of(
                1L, document(1, "Council votes on ferry budget", "<p>The harbour council votes today.</p>"),
                2L, document(2, "Ferry budget council", "<p>Votes are due on the ferry.</p>"),
                3L, document(3, "Art review", "<p>It is the state of the art in harbour design.</p>"),
                4L, document(4, "Design review", "<p>The art of the state is to tax.</p>")), List.of(), 1);
        SearchService search = search(index);

        assertThat(index.hasWordPairs()).isTrue();
        assertThat(slugs(search, "\"council votes on ferry budget\"")).containsExactly("story-1");
        assertThat(slugs(search, "\"harbour council votes\"")).containsExactly("story-1");
        assertThat(slugs(search, "\"ferry budget\"")).containsExactlyInAnyOrder("story-1", "story-2");
        assertThat(slugs(search, "\"state of the art\"")).containsExactly("story-3");
        assertThat(slugs(search, "\"the art of the state\"")).containsExactly("story-4");
        index.close();
    }

    @Test
    void aStoryWhosePairsShareABucketWithThePhrasesIsNotFoundWithoutThePhrase() {
        int wanted = WordPairs.bucket("ferri", "budget"); // "ferry budget" as the English analyser leaves it
        String[] collision = null;
        for (int i = 0; collision == null; i++) {
            for (int j = 0; j < 1000 && collision == null; j++) {
                if (WordPairs.bucket("q" + i + "z", "v" + j + "z") == wanted) {
                    collision = new String[] {"q" + i + "z", "v" + j + "z"};
                }
            }
        }
        SearchIndex index = new SearchIndex(root);
        index.apply(Map.of(
                1L, document(1, "Budget talk", "<p>The ferry and the budget, then " + collision[0] + " " + collision[1] + ".</p>"),
                2L, document(2, "Ferry budget agreed", "<p>Signed.</p>")), List.of(), 1);

        assertThat(slugs(search(index), "\"ferry budget\"")).containsExactly("story-2");
        index.close();
    }

    @Test
    void anIndexWithoutWordPairsStillFindsPhrasesAndAsksForARebuild() throws IOException {
        IndexLayout layout = new IndexLayout(root);
        try (FSDirectory dir = FSDirectory.open(layout.path("gen-1"));
             IndexWriter writer = new IndexWriter(dir, StoryDocuments.writerConfig())) {
            for (Article story : List.of(story(1, "Council votes on ferry budget", "<p>Today.</p>"),
                    story(2, "Votes go to the ferry council", "<p>Budget.</p>"))) {
                Document doc = StoryDocuments.of(story, List.of(NEWS));
                doc.removeFields(StoryDocuments.WORD_PAIRS); // as an earlier version wrote it
                writer.addDocument(doc);
            }
            writer.setLiveCommitData(Map.of(SearchIndex.POSITION, "7").entrySet());
        }
        layout.point("gen-1");

        SearchIndex index = new SearchIndex(root);
        SearchService search = search(index);
        assertThat(index.hasWordPairs()).isFalse();
        assertThat(index.needsRebuild()).isTrue();
        assertThat(slugs(search, "\"council votes\"")).containsExactly("story-1");
        assertThat(slugs(search, "\"ferry council\"")).containsExactly("story-2");

        // a change keeps the layout the generation had: its older stories still have no pairs
        index.apply(Map.of(3L, document(3, "Council votes again", "<p>Ferry.</p>")), List.of(), 8);
        assertThat(index.hasWordPairs()).isFalse();
        assertThat(slugs(search, "\"council votes\"")).containsExactlyInAnyOrder("story-1", "story-3");
        index.close();
    }

    @Test
    void aNewIndexKeepsItsWordPairsAcrossChangesAndRestarts() {
        SearchIndex index = new SearchIndex(root);
        index.apply(Map.of(1L, document(1, "Council votes", "<p>Ferry.</p>")), List.of(), 1);
        index.apply(Map.of(), List.of(1L), 2);
        index.close();

        SearchIndex reopened = new SearchIndex(root);
        assertThat(reopened.hasWordPairs()).isTrue();
        assertThat(reopened.needsRebuild()).isFalse();
        reopened.close();
    }

    private static SearchService search(SearchIndex index) {
        return new SearchService(index, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static List<String> slugs(SearchService search, String q) {
        return search.search(SearchRequest.of(q)).hits().stream().map(h -> h.story().slug()).toList();
    }

    private static Document document(long id, String title, String body) {
        return StoryDocuments.of(story(id, title, body), List.of(NEWS));
    }

    private static Article story(long id, String title, String body) {
        Instant published = NOW.minus(Duration.ofHours(id));
        return new Article(id, "story-" + id, title, "", BodySanitizer.sanitize(body), null, ArticleStatus.PUBLISHED, false,
                published, published, new Author(1, "desk", "News Desk", "", null), NEWS, List.of(), null, 3, null, null);
    }
}
