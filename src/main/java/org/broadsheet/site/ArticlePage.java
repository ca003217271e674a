package org.broadsheet.site;

import java.util.List;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.media.MediaItem;

/**
 * A story page.
 *
 * @param url             the story's absolute address (shared, printed)
 * @param relatedNextUrl  "Show More" for related stories, null when there are no more
 * @param libraryImage    the story's picture when it comes from the media library (its widths go in srcset), else null
 * @param preview         an editor's preview of the story (not a reader's view)
 */
public record ArticlePage(Chrome chrome, PageMeta meta, Article article, List<ArchivePage.Crumb> breadcrumbs,
                          String url, List<ShareLink> shareLinks, List<ArticleSummary> moreStories,
                          List<ArticleSummary> related, String relatedNextUrl, MediaItem libraryImage,
                          boolean preview) {

    public ArticlePage(Chrome chrome, PageMeta meta, Article article, List<ArchivePage.Crumb> breadcrumbs,
                       String url, List<ShareLink> shareLinks, List<ArticleSummary> moreStories,
                       List<ArticleSummary> related, String relatedNextUrl, MediaItem libraryImage) {
        this(chrome, meta, article, breadcrumbs, url, shareLinks, moreStories, related, relatedNextUrl, libraryImage, false);
    }

    public ArticlePage(Chrome chrome, PageMeta meta, Article article, List<ArchivePage.Crumb> breadcrumbs,
                       String url, List<ShareLink> shareLinks, List<ArticleSummary> moreStories,
                       List<ArticleSummary> related, String relatedNextUrl) {
        this(chrome, meta, article, breadcrumbs, url, shareLinks, moreStories, related, relatedNextUrl, null, false);
    }

    /** An editor's preview is not a read: it sends no view beacon for "Top Stories". */
    public Long viewBeaconId() {
        return preview ? null : article.id();
    }

    /** A share button; {@code network} names its icon and CSS class. */
    public record ShareLink(String network, String label, String href) {
    }
}
