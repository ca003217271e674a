package org.broadsheet.search;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.Category;
import org.broadsheet.content.TaxonomyService;
import org.springframework.stereotype.Service;

/** Suggestions as a reader types (headlines, freshest first, and categories), and stories by id. */
@Service
public class Suggestions {

    public static final int MAX = 6;
    static final int MIN_PREFIX = 2;

    /** What matches the typed text. */
    public record Suggested(List<ArticleSummary> stories, List<Category> categories) {
    }

    private final SearchIndex index;
    private final TaxonomyService taxonomy;
    private final Clock clock;

    Suggestions(SearchIndex index, TaxonomyService taxonomy, Clock clock) {
        this.index = index;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /** Headlines holding every typed word, the last one as a prefix; categories whose name starts with it. */
    public Suggested suggest(String typed) {
        UserQuery query = UserQuery.parse(typed);
        List<String> words = new ArrayList<>(query.words());
        query.phrases().forEach(p -> words.addAll(List.of(p.split(" "))));
        if (words.isEmpty() || words.getLast().length() < MIN_PREFIX && words.size() == 1) {
            return new Suggested(List.of(), List.of());
        }
        String text = String.join(" ", words).toLowerCase(Locale.ROOT);
        List<Category> categories = taxonomy.categories().stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).startsWith(text)
                        || c.name().toLowerCase(Locale.ROOT).contains(" " + text))
                .limit(3).toList();
        return new Suggested(index.search(searcher -> headlines(searcher, words)), categories);
    }

    /** The published stories among {@code ids}, in the order given. */
    public List<ArticleSummary> stories(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return index.search(searcher -> {
            List<BytesRef> terms = ids.stream().map(id -> new BytesRef(Long.toString(id))).toList();
            Map<Long, ArticleSummary> found = new HashMap<>();
            for (ScoreDoc hit : searcher.search(new TermInSetQuery(StoryDocuments.ID, terms), ids.size()).scoreDocs) {
                ArticleSummary s = StoryDocuments.summary(searcher.storedFields().document(hit.doc));
                found.put(s.id(), s);
            }
            return ids.stream().filter(found::containsKey).map(found::get).toList();
        });
    }

    private List<ArticleSummary> headlines(IndexSearcher searcher, List<String> words) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(StoryDocuments.TITLE_WORDS, words.get(i).toLowerCase(Locale.ROOT));
            q.add(i == words.size() - 1 ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }
        q.add(new RecencyQuery(StoryDocuments.PUBLISHED, 1f, clock.millis(), SearchQueries.RECENCY_PIVOT_MILLIS),
                Occur.SHOULD);
        List<ArticleSummary> stories = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(q.build(), MAX).scoreDocs) {
            stories.add(StoryDocuments.summary(searcher.storedFields().document(hit.doc)));
        }
        return stories;
    }
}
