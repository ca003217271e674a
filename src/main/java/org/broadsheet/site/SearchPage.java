package org.broadsheet.site;

import java.util.List;

import org.broadsheet.content.Category;
import org.broadsheet.search.SearchResults;

/**
 * Search results; {@code results} is null before the reader searched or when the filters were invalid.
 *
 * @param count       "12 stories", or null
 * @param didYouMean  a corrected query and its link, or null
 */
public record SearchPage(Chrome chrome, PageMeta meta, String query, Filters filters, SearchResults results,
                         List<Category> categories, String message, String count, Link didYouMean,
                         String previousUrl, String nextUrl) {

    /** The filters as typed, to show them again. */
    public record Filters(String category, String from, String to, String sort) {
        public boolean newest() {
            return "newest".equals(sort);
        }
    }

    public record Link(String text, String url) {
    }

    static SearchPage of(Chrome chrome, PageMeta meta, String query, Filters filters, SearchResults results,
                         List<Category> categories, String message) {
        if (results == null || query.isEmpty()) {
            return new SearchPage(chrome, meta, query, filters, results, categories, message, null, null, null, null);
        }
        String count = results.total() == 1 ? "1 story" : (results.totalExact() ? "" : "More than ")
                + String.format("%,d stories", results.total());
        Link didYouMean = results.didYouMean() == null ? null
                : new Link(results.didYouMean(), url(results.didYouMean(), filters, 1));
        String previous = results.page() > 1 ? url(query, filters, results.page() - 1) : null;
        String next = results.hasNext() ? url(query, filters, results.page() + 1) : null;
        return new SearchPage(chrome, meta, query, filters, results, categories, message, count, didYouMean, previous, next);
    }

    public boolean searched() {
        return !query.isEmpty() && results != null;
    }

    public boolean filtered() {
        return filters.category() != null && !filters.category().isBlank() || filters.from() != null && !filters.from().isBlank()
                || filters.to() != null && !filters.to().isBlank();
    }

    static String url(String query, Filters f, int page) {
        StringBuilder url = new StringBuilder(SiteUrls.search(query));
        append(url, "category", f.category());
        append(url, "from", f.from());
        append(url, "to", f.to());
        append(url, "sort", f.sort());
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(SiteUrls.encode(value));
        }
    }
}
