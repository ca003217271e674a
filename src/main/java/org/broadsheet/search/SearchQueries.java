package org.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import static org.broadsheet.search.StoryDocuments.BODY;
import static org.broadsheet.search.StoryDocuments.SPELL;
import static org.broadsheet.search.StoryDocuments.TEXT;

/**
 * Turns a {@link UserQuery} into Lucene queries: relevance over the story's text (headline,
 * standfirst, tags and author weighted by repetition in {@link StoryDocuments#TEXT}), recency, typo
 * tolerance, and the body query that marks the snippet's words.
 */
final class SearchQueries {

    /** A story this old gets half of the recency bonus; news ages in days. */
    static final long RECENCY_PIVOT_MILLIS = 3L * 24 * 60 * 60 * 1000;
    static final float RECENCY_WEIGHT = 2f;

    private final QueryBuilder builder;

    SearchQueries(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /** Every word and phrase must match somewhere; null when nothing searchable is left (only stop words). */
    Query exact(UserQuery query) {
        return each(query, TEXT, Occur.MUST);
    }

    /** The words and phrases in the body, to mark them in the snippet; null when there are none. */
    Query inBody(UserQuery query) {
        return each(query, BODY, Occur.SHOULD);
    }

    private Query each(UserQuery query, String field, Occur occur) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : query.words()) {
            Query q = builder.createBooleanQuery(field, word, Occur.MUST);
            if (q != null) {
                all.add(q, occur);
                clauses++;
            }
        }
        for (String phrase : query.phrases()) {
            Query q = builder.createPhraseQuery(field, phrase);
            if (q != null) {
                all.add(q, occur);
                clauses++;
            }
        }
        return clauses == 0 ? null : all.build();
    }

    /**
     * Each word within one or two edits of a word in the story, or the word itself when some story
     * has it (a word the index knows is no typo, and matching it exactly keeps this query cheap);
     * quoted words need not stand together. Null when there is nothing to loosen: no words, or only
     * known words and no phrase (the exact search asked for as much already).
     */
    Query fuzzy(UserQuery query, IndexReader reader) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean loosened = !query.phrases().isEmpty();
        for (String word : query.withoutQuotes().words()) {
            Term term = new Term(SPELL, word.toLowerCase(Locale.ROOT));
            if (reader.docFreq(term) > 0) {
                all.add(new TermQuery(term), Occur.MUST);
            } else {
                all.add(new FuzzyQuery(term, term.text().length() <= 4 ? 1 : 2, 1, 50, true), Occur.MUST);
                loosened = true;
            }
        }
        return loosened ? all.build() : null;
    }

    /** Adds the recency bonus (a fresher story beats an older one of equal relevance) and the filters. */
    static Query ranked(Query text, SearchRequest request, long now) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (text instanceof BooleanQuery conjunction
                && conjunction.clauses().stream().allMatch(c -> c.occur() == Occur.MUST)) {
            // the words side by side, so Lucene's block-max conjunction can skip on all of them at once
            conjunction.clauses().forEach(b::add);
        } else {
            b.add(text, Occur.MUST);
        }
        // every story has a publication date, so as a required clause the bonus matches the same stories
        // and adds the same score; but then the words and the bonus form one conjunction, whose block
        // maxima let Lucene skip old stories (as an optional clause beside two or more words it scored
        // every story holding them: 65,000 of 100,000 for two common words, against 1,500 now)
        b.add(new RecencyQuery(StoryDocuments.PUBLISHED, RECENCY_WEIGHT, now, RECENCY_PIVOT_MILLIS), Occur.MUST);
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
}
