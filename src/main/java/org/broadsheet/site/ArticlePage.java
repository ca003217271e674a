package org.broadsheet.site;

import java.util.List;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleSummary;

/**
 * A story page.
 *
 * @param url             the story's absolute address (shared, printed)
 * @param relatedNextUrl  "Show More" for related stories, null when there are no more
 */
public record ArticlePage(Chrome chrome, PageMeta meta, Article article, List<ArchivePage.Crumb> breadcrumbs,
                          String url, List<ShareLink> shareLinks, List<ArticleSummary> moreStories,
                          List<ArticleSummary> related, String relatedNextUrl) {

    /** A share button; {@code network} names its icon and CSS class. */
    public record ShareLink(String network, String label, String href) {
    }
}
