package org.broadsheet.search;

import java.util.List;

import org.broadsheet.content.ArticleSummary;

/**
 * One page of results.
 *
 * @param total       matching stories; at least this many when {@code totalExact} is false
 * @param approximate the words matched only with typos allowed
 * @param didYouMean  the query with misspelt words corrected, or null
 */
public record SearchResults(UserQuery query, List<Hit> hits, long total, boolean totalExact, int page, int pageSize,
                            boolean approximate, String didYouMean) {

    /** A result: the story and an excerpt with the matched words marked. */
    public record Hit(ArticleSummary story, Snippet snippet) {
    }

    static SearchResults none(UserQuery query, int page, int pageSize, String didYouMean) {
        return new SearchResults(query, List.of(), 0, true, page, pageSize, false, didYouMean);
    }

    public boolean hasNext() {
        return (long) page * pageSize < total && page < SearchRequest.MAX_PAGE;
    }
}
