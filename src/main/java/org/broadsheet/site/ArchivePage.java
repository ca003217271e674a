package org.broadsheet.site;

import java.util.List;

import org.broadsheet.content.ArticleSummary;

/**
 * A list of stories: a category, tag or author archive, related stories, search results.
 *
 * @param kind        what the list is, shown above its title ("Category", "Tag", "Author")
 * @param breadcrumbs the trail to this page, without Home (added by the template)
 * @param nextUrl     the "Show More" link, null on the last page
 */
public record ArchivePage(Chrome chrome, PageMeta meta, String kind, String title, String description,
                          List<Crumb> breadcrumbs, List<ArticleSummary> stories, String nextUrl, String emptyMessage) {

    public record Crumb(String name, String url) {
    }
}
