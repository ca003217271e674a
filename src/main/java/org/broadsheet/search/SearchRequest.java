package org.broadsheet.search;

import java.time.Instant;

/**
 * A search as asked for by a reader.
 *
 * @param category a category slug (its sub-categories included), or null
 * @param from     first instant included, or null
 * @param to       first instant excluded, or null
 * @param page     counts from 1, at most {@link #MAX_PAGE}
 */
public record SearchRequest(String q, String category, Instant from, Instant to, Sort sort, int page) {

    public static final int MAX_PAGE = 50;

    public enum Sort {
        RELEVANCE, NEWEST;

        /** "newest" means newest; anything else, relevance. */
        public static Sort of(String value) {
            return "newest".equalsIgnoreCase(value) ? NEWEST : RELEVANCE;
        }
    }

    public SearchRequest {
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.clamp(page, 1, MAX_PAGE);
        category = category == null || category.isBlank() ? null : category.strip();
    }

    public static SearchRequest of(String q) {
        return new SearchRequest(q, null, null, null, Sort.RELEVANCE, 1);
    }
}
