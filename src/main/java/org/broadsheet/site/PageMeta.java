package org.broadsheet.site;

/**
 * The head of a page: its title, description and canonical address.
 *
 * @param canonicalUrl absolute URL, or null to leave it out
 * @param noIndex      ask search engines not to index the page (search results, errors)
 */
public record PageMeta(String title, String description, String canonicalUrl, boolean noIndex) {

    public static PageMeta of(String title, String description, String canonicalUrl) {
        return new PageMeta(title, description, canonicalUrl, false);
    }

    public static PageMeta unindexed(String title) {
        return new PageMeta(title, "", null, true);
    }
}
