package org.broadsheet.search;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Full-text search over published stories: every word must match (headline, standfirst, tags,
 * author, body, in that order of weight), fresher stories rank higher at equal relevance, quoted
 * phrases match as phrases, and a search that finds nothing is retried with the spelling
 * suggestion, then with typos allowed.
 */
@Service
public class SearchService {

    public static final int PAGE_SIZE = 10;
    /** About this many characters around each match make a snippet passage. */
    static final int SNIPPET_CHARS = 160;
    /** The highlighter looks for matches in the first this many characters of a story. */
    private static final int MAX_HIGHLIGHTED_CHARS = 20_000;
    /** Fewer exact hits than this and a spelling suggestion is looked for. */
    static final int FEW_HITS = 3;
    /** Results are counted exactly up to this many, then shown as "more than" (Lucene's default). */
    static final int COUNT_UP_TO = 1000;
    /**
     * The same for a search with a quoted phrase: each story that might match must have the positions
     * of its words checked, so counting stops sooner (at 100,000 stories a phrase of common words
     * took up to 40 ms to count to a thousand).
     */
    static final int PHRASE_COUNT_UP_TO = 100;
    private static final Logger log = LoggerFactory.getLogger(SearchService.class);
    /** The index's own order, so a search for the newest stops after the first page's worth of matches. */
    private static final Sort NEWEST = StoryDocuments.INDEX_SORT;

    private final SearchIndex index;
    private final Clock clock;
    private final Analyzer analyzer = StoryDocuments.analyzer();
    private final SearchQueries queries = new SearchQueries(analyzer);
    private final Spelling spelling = new Spelling();

    SearchService(SearchIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    public SearchResults search(SearchRequest request) {
        UserQuery query = UserQuery.parse(request.q());
        if (query.isEmpty()) {
            return SearchResults.none(query, request.page(), PAGE_SIZE, null);
        }
        long started = System.nanoTime();
        SearchResults results = index.search(searcher -> run(searcher, query, request));
        log.debug("event=search words={} hits={} micros={}", query.words().size(), results.total(),
                (System.nanoTime() - started) / 1000);
        return results;
    }

    private SearchResults run(IndexSearcher searcher, UserQuery query, SearchRequest request) throws IOException {
        int wanted = request.page() * PAGE_SIZE;
        long now = clock.millis();
        Query exact = queries.exact(query);
        Query marked = queries.inBody(query);
        int countUpTo = query.phrases().isEmpty() ? COUNT_UP_TO : PHRASE_COUNT_UP_TO;
        TopDocs top = exact == null ? null
                : find(searcher, SearchQueries.ranked(exact, request, now), request, wanted, countUpTo);
        long exactHits = top == null ? 0 : top.totalHits.value();
        String didYouMean = exactHits < FEW_HITS ? spelling.suggest(searcher.getIndexReader(), query) : null;
        boolean approximate = false;
        if (exactHits == 0 && didYouMean != null) {
            Query corrected = queries.exact(UserQuery.parse(didYouMean));
            TopDocs correctedTop = corrected == null ? null
                    : find(searcher, SearchQueries.ranked(corrected, request, now), request, wanted, countUpTo);
            if (correctedTop != null && correctedTop.totalHits.value() > 0) {
                top = correctedTop;
                marked = queries.inBody(UserQuery.parse(didYouMean));
                approximate = true;
                exactHits = correctedTop.totalHits.value();
            }
        }
        if (exactHits == 0) {
            Query fuzzy = queries.fuzzy(query, searcher.getIndexReader());
            TopDocs fuzzyTop = fuzzy == null ? null
                    : find(searcher, SearchQueries.ranked(fuzzy, request, now), request, wanted, COUNT_UP_TO);
            if (fuzzyTop == null || fuzzyTop.totalHits.value() == 0) {
                return SearchResults.none(query, request.page(), PAGE_SIZE, didYouMean);
            }
            top = fuzzyTop;
            marked = queries.inBody(query.withoutQuotes()); // the words spelt as typed, where the body has them
            approximate = true;
        }
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(top.scoreDocs.length, wanted - PAGE_SIZE),
                top.scoreDocs.length);
        List<SearchResults.Hit> hits = hits(searcher, marked, page, top.totalHits);
        return new SearchResults(query, hits, top.totalHits.value(),
                top.totalHits.relation() == TotalHits.Relation.EQUAL_TO, request.page(), PAGE_SIZE, approximate,
                didYouMean);
    }

    /**
     * The first {@code wanted} results, and how many there are, counted exactly up to {@code countUpTo}
     * ("more than" beyond it): past that count Lucene skips what cannot reach the page.
     */
    private static TopDocs find(IndexSearcher searcher, Query query, SearchRequest request, int wanted, int countUpTo)
            throws IOException {
        return request.sort() == SearchRequest.Sort.NEWEST
                ? searcher.search(query, new TopFieldCollectorManager(NEWEST, wanted, null, countUpTo))
                : searcher.search(query, new TopScoreDocCollectorManager(wanted, countUpTo));
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, TotalHits total)
            throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        // each story's stored fields are read (and decompressed) once, for its card and for the highlighter
        Map<Integer, Document> documents = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : page) {
            documents.put(hit.doc, stored.document(hit.doc));
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(MAX_HIGHLIGHTED_CHARS)
                .withScorer(new SnippetScorer())
                // passages end between words; a space is found far faster than the JDK's word boundaries
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), SNIPPET_CHARS, 0.5f))
                .withMaxNoHighlightPassages(1);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document d = documents.get(doc);
                    CharSequence[] perField = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String text = d == null ? null : d.get(fields[f]);
                        perField[f] = text == null ? "" : text.length() > MAX_HIGHLIGHTED_CHARS
                                ? text.substring(0, MAX_HIGHLIGHTED_CHARS) : text;
                    }
                    values.add(perField);
                }
                return values;
            }
        };
        Map<String, String[]> highlights = query == null ? Map.of()
                : highlighter.highlightFields(new String[] {StoryDocuments.BODY}, query, new TopDocs(total, page),
                        new int[] {2});
        String[] bodies = highlights.get(StoryDocuments.BODY);
        List<SearchResults.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            var story = StoryDocuments.summary(documents.get(page[i].doc));
            String body = bodies == null ? null : bodies[i];
            Snippet snippet = body != null && !body.isBlank() ? Snippet.ofHighlighted(body) : Snippet.ofText(story.dek());
            hits.add(new SearchResults.Hit(story, snippet));
        }
        return hits;
    }
}
