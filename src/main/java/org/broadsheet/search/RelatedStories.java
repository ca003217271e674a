package org.broadsheet.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.broadsheet.content.ArticleSummary;
import org.springframework.stereotype.Service;

/**
 * "Related Stories" by content similarity (MoreLikeThis over headline, body and tags). Leaves out
 * the story itself and near-duplicates of it (the same headline, or nearly the same words). Only published stories are in the index. Cached per index version, so every change
 * the journal brings makes fresh lists.
 */
@Service
public class RelatedStories {

    /** Stories sharing at least this share of their distinct words (Jaccard) are near-duplicates. */
    static final double DUPLICATE_SIMILARITY = 0.8;
    private static final int MAX_QUERY_TERMS = 30;

    private record Key(long version, long articleId, int page, int pageSize) {
    }

    private final SearchIndex index;
    private final Analyzer analyzer = StoryDocuments.analyzer();
    private final Cache<Key, Optional<List<ArticleSummary>>> cache = Caffeine.newBuilder()
            .maximumSize(5_000).expireAfterWrite(Duration.ofMinutes(30)).build();

    RelatedStories(SearchIndex index) {
        this.index = index;
    }

    /**
     * Up to {@code pageSize + 1} stories for {@code page} (from 1), the extra one telling that there is
     * a further page; empty when the story is not in the index (yet).
     */
    public Optional<List<ArticleSummary>> related(long articleId, int page, int pageSize) {
        Key key = new Key(index.version(), articleId, page, pageSize);
        return cache.get(key, k -> index.search(searcher -> find(searcher, articleId, page, pageSize)));
    }

    private Optional<List<ArticleSummary>> find(IndexSearcher searcher, long articleId, int page, int pageSize)
            throws IOException {
        TopDocs self = searcher.search(new TermQuery(StoryDocuments.idTerm(articleId)), 1);
        if (self.scoreDocs.length == 0) {
            return Optional.empty();
        }
        int selfDoc = self.scoreDocs[0].doc;
        Document selfDocument = searcher.storedFields().document(selfDoc);
        String selfTitle = normalised(selfDocument.get(StoryDocuments.TITLE));
        Set<String> selfWords = words(selfDocument);
        Query like = likeQuery(searcher, selfDoc);
        int skip = (page - 1) * pageSize;
        int wanted = skip + pageSize + 1;
        TopDocs top = searcher.search(like, wanted * 2 + 10);
        List<ArticleSummary> found = new ArrayList<>();
        int seen = 0;
        for (ScoreDoc hit : top.scoreDocs) {
            if (hit.doc == selfDoc) {
                continue;
            }
            Document doc = searcher.storedFields().document(hit.doc);
            if (normalised(doc.get(StoryDocuments.TITLE)).equals(selfTitle)
                    || jaccard(selfWords, words(doc)) >= DUPLICATE_SIMILARITY) {
                continue;
            }
            if (seen++ >= skip) {
                found.add(StoryDocuments.summary(doc));
                if (found.size() == pageSize + 1) {
                    break;
                }
            }
        }
        return Optional.of(found);
    }

    private Query likeQuery(IndexSearcher searcher, int doc) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {StoryDocuments.TITLE, StoryDocuments.BODY, StoryDocuments.TAGS});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        mlt.setBoost(true);
        return mlt.like(doc);
    }

    private static Set<String> words(Document doc) {
        return new HashSet<>(Arrays.asList(normalised(doc.get(StoryDocuments.BODY)).split(" ")));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared / (double) (a.size() + b.size() - shared);
    }

    private static String normalised(String title) {
        return title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
