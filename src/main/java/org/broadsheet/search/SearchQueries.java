package org.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import static org.broadsheet.search.StoryDocuments.AUTHOR;
import static org.broadsheet.search.StoryDocuments.BODY;
import static org.broadsheet.search.StoryDocuments.DEK;
import static org.broadsheet.search.StoryDocuments.SPELL;
import static org.broadsheet.search.StoryDocuments.TAGS;
import static org.broadsheet.search.StoryDocuments.TITLE;

/** Turns a {@link UserQuery} into Lucene queries: relevance with field boosts, recency, typo tolerance. */
final class SearchQueries {

    /** Field boosts: headline above standfirst above body; tags and author count too. */
    record Boosted(String field, float boost) {
    }

    static final List<Boosted> FIELDS = List.of(new Boosted(TITLE, 4f), new Boosted(DEK, 2f), new Boosted(TAGS, 2f),
            new Boosted(AUTHOR, 1.5f), new Boosted(BODY, 1f));
    /** A story this old gets half of the recency bonus; news ages in days. */
    static final long RECENCY_PIVOT_MILLIS = 3L * 24 * 60 * 60 * 1000;
    static final float RECENCY_WEIGHT = 2f;
    private static final float TIE_BREAKER = 0.3f;

    private final QueryBuilder builder;

    SearchQueries(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /** Every word and phrase must match somewhere; null when nothing searchable is left (only stop words). */
    Query exact(UserQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : query.words()) {
            Query q = acrossFields(word, false);
            if (q != null) {
                all.add(q, Occur.MUST);
                clauses++;
            }
        }
        for (String phrase : query.phrases()) {
            Query q = acrossFields(phrase, true);
            if (q != null) {
                all.add(q, Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? null : all.build();
    }

    /** Each word within one or two edits of a word in the story; null when there are no words. */
    Query fuzzy(UserQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<String> words = new ArrayList<>(query.words());
        query.phrases().forEach(p -> words.addAll(List.of(p.split(" "))));
        if (words.isEmpty()) {
            return null;
        }
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            int edits = w.length() <= 4 ? 1 : 2;
            all.add(new FuzzyQuery(new Term(SPELL, w), edits, 1, 50, true), Occur.MUST);
        }
        return all.build();
    }

    /** Adds the recency bonus (a fresher story beats an older one of equal relevance) and the filters. */
    static Query ranked(Query text, SearchRequest request, long now) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(new RecencyQuery(StoryDocuments.PUBLISHED, RECENCY_WEIGHT, now, RECENCY_PIVOT_MILLIS), Occur.SHOULD);
        if (request.category() != null) {
            b.add(new TermQuery(new Term(StoryDocuments.CATEGORY, request.category())), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli() - 1;
            b.add(LongField.newRangeQuery(StoryDocuments.PUBLISHED, from, to), Occur.FILTER);
        }
        return b.build();
    }

    private Query acrossFields(String text, boolean phrase) {
        List<Query> perField = new ArrayList<>();
        for (Boosted f : FIELDS) {
            Query q = phrase ? builder.createPhraseQuery(f.field(), text) : builder.createBooleanQuery(f.field(), text, Occur.MUST);
            if (q != null) {
                perField.add(new BoostQuery(q, f.boost()));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }
}
