package org.broadsheet.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recency bonus that lets Lucene skip old stories ranks exactly as Lucene's distance-feature
 * query does, on an index sorted by date (where it skips) and on one that is not (where it cannot).
 */
class RecencyQueryTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final long DAY = 24L * 60 * 60 * 1000;
    private static final List<String> WORDS = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu");

    @Test
    void theTopStoriesAndTheirScoresAreThoseOfLucenesDistanceFeatureQuery() throws IOException {
        for (boolean sorted : new boolean[] {true, false}) {
            try (Directory dir = index(sorted); DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (List<String> words : List.of(List.of("alpha"), List.of("alpha", "beta"), List.of("mu"),
                        List.of("gamma", "kappa", "alpha"))) {
                    TopDocs ours = searcher.search(ranked(words, new RecencyQuery(StoryDocuments.PUBLISHED, 2f, NOW,
                            3 * DAY)), 10);
                    TopDocs lucenes = searcher.search(ranked(words, LongField.newDistanceFeatureQuery(
                            StoryDocuments.PUBLISHED, 2f, NOW, 3 * DAY)), 10);
                    assertThat(ours.scoreDocs).as("%s, sorted=%s", words, sorted).hasSize(10);
                    assertSameRanking(ours, lucenes, words + ", sorted=" + sorted);
                }
            }
        }
    }

    @Test
    void theSearchsRankingWithTheBonusRequiredFindsWhatAnOptionalBonusFindsInTheSameOrder() throws IOException {
        SearchRequest request = SearchRequest.of("alpha beta");
        for (boolean sorted : new boolean[] {true, false}) {
            try (Directory dir = index(sorted); DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (List<String> words : List.of(List.of("alpha"), List.of("alpha", "beta"), List.of("gamma", "kappa", "alpha"))) {
                    BooleanQuery.Builder text = new BooleanQuery.Builder();
                    words.forEach(w -> text.add(new TermQuery(new Term("text", w)), Occur.MUST));
                    Query searchs = SearchQueries.ranked(text.build(), request, NOW);
                    Query optional = ranked(words, new RecencyQuery(StoryDocuments.PUBLISHED,
                            SearchQueries.RECENCY_WEIGHT, NOW, SearchQueries.RECENCY_PIVOT_MILLIS));
                    TopDocs ours = searcher.search(searchs, 20);
                    TopDocs expected = searcher.search(optional, 20);
                    assertThat(searcher.count(searchs)).isEqualTo(searcher.count(optional));
                    assertSameRanking(ours, expected, words + ", sorted=" + sorted);
                }
            }
        }
    }

    @Test
    void aStoryDatedAfterNowGetsTheBonusOfItsDistanceToo() throws IOException {
        try (Directory dir = index(true); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            long future = NOW + 10 * DAY;
            TopDocs ours = searcher.search(new RecencyQuery(StoryDocuments.PUBLISHED, 2f, future, 3 * DAY), 5);
            TopDocs lucenes = searcher.search(LongField.newDistanceFeatureQuery(StoryDocuments.PUBLISHED, 2f, future,
                    3 * DAY), 5);
            assertThat(docs(ours.scoreDocs)).isEqualTo(docs(lucenes.scoreDocs));
        }
    }

    private static Query ranked(List<String> words, Query recency) {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (String w : words) {
            text.add(new TermQuery(new Term("text", w)), Occur.MUST);
        }
        return new BooleanQuery.Builder().add(text.build(), Occur.MUST).add(recency, Occur.SHOULD).build();
    }

    /** The same stories in the same order, with the same scores. */
    private static void assertSameRanking(TopDocs ours, TopDocs expected, String description) {
        assertThat(docs(ours.scoreDocs)).as(description).isEqualTo(docs(expected.scoreDocs));
        for (int i = 0; i < ours.scoreDocs.length; i++) {
            assertThat(ours.scoreDocs[i].score).as(description).isCloseTo(expected.scoreDocs[i].score,
                    org.assertj.core.data.Offset.offset(1e-4f));
        }
    }

    private static int[] docs(ScoreDoc[] hits) {
        return Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
    }

    /** 20,000 stories over three years (some in the future), of a few words each, drawn unevenly. */
    private static Directory index(boolean sorted) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig().setMaxBufferedDocs(3_000);
        if (sorted) {
            config.setIndexSort(StoryDocuments.INDEX_SORT);
        }
        Random random = new Random(11);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < 20_000; i++) {
                Document doc = new Document();
                StringBuilder text = new StringBuilder();
                int length = 3 + random.nextInt(30);
                for (int w = 0; w < length; w++) {
                    int rank = (int) Math.min(WORDS.size() - 1, Math.abs(random.nextGaussian()) * 4);
                    text.append(WORDS.get(rank)).append(' ');
                }
                doc.add(new TextField("text", text.toString(), Field.Store.NO));
                long published = NOW - (long) (random.nextDouble() * 3 * 365 * DAY) + (random.nextInt(50) == 0 ? 5 * DAY : 0);
                doc.add(new LongField(StoryDocuments.PUBLISHED, published, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        return dir;
    }
}
