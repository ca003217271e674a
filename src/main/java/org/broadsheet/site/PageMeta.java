package org.broadsheet.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The head of a page: title, description, canonical address, social card and structured data.
 *
 * @param canonicalUrl   absolute URL, or null to leave it out
 * @param noIndex        ask search engines not to index the page (search results, errors)
 * @param type           OpenGraph type: "website" or "article"
 * @param imageUrl       absolute URL of the social card picture, or null
 * @param feeds          feeds announced for autodiscovery, besides the site's own
 * @param structuredData JSON-LD blocks
 */
public record PageMeta(String title, String description, String canonicalUrl, boolean noIndex, String type,
                       String imageUrl, List<FeedLink> feeds, List<JsonLd> structuredData) {

    /** A feed announced with {@code <link rel="alternate">}. */
    public record FeedLink(String title, String type, String href) {
    }

    public PageMeta(String title, String description, String canonicalUrl, boolean noIndex) {
        this(title, description, canonicalUrl, noIndex, "website", null, List.of(), List.of());
    }

    public static PageMeta of(String title, String description, String canonicalUrl) {
        return new PageMeta(title, description, canonicalUrl, false);
    }

    public static PageMeta unindexed(String title) {
        return new PageMeta(title, "", null, true);
    }

    public PageMeta asArticle(String image) {
        return new PageMeta(title, description, canonicalUrl, noIndex, "article", image, feeds, structuredData);
    }

    public PageMeta withImage(String image) {
        return new PageMeta(title, description, canonicalUrl, noIndex, type, image, feeds, structuredData);
    }

    /** Adds RSS, Atom and JSON feeds of an archive at {@code path} (e.g. /category/world). */
    public PageMeta withFeedsOf(String name, String path) {
        List<FeedLink> all = new ArrayList<>(feeds);
        all.add(new FeedLink(name + " (RSS)", "application/rss+xml", path + "/feed"));
        all.add(new FeedLink(name + " (Atom)", "application/atom+xml", path + "/feed/atom"));
        all.add(new FeedLink(name + " (JSON Feed)", "application/feed+json", path + "/feed.json"));
        return new PageMeta(title, description, canonicalUrl, noIndex, type, imageUrl, List.copyOf(all), structuredData);
    }

    public PageMeta withStructuredData(JsonLd... blocks) {
        List<JsonLd> all = new ArrayList<>(structuredData);
        all.addAll(List.of(blocks));
        return new PageMeta(title, description, canonicalUrl, noIndex, type, imageUrl, feeds, List.copyOf(all));
    }
}
