package org.broadsheet.newsroom;

import java.util.List;
import java.util.Map;

import org.broadsheet.content.Category;
import org.broadsheet.content.StoryListItem;
import org.broadsheet.content.StoryTab;

/**
 * The stories list: a tab, filters, a page of stories with the bulk actions the viewer may use.
 *
 * @param tabUrls     each tab's address (keeping the filters)
 * @param previousUrl null on the first page; {@code nextUrl} null on the last
 */
public record StoryListPage(NewsroomFrame frame, StoryTab tab, List<StoryTab> tabs, Map<StoryTab, Long> counts,
                            Map<StoryTab, String> tabUrls, String category, String author, String title,
                            List<Category> categories, List<StoryListItem> items, List<String> bulkActions,
                            String previousUrl, String nextUrl, int page, String notice, java.time.ZoneId zone) {

    public String when(StoryListItem item) {
        java.time.Instant time = item.publishedAt() != null ? item.publishedAt() : item.updatedAt();
        return org.broadsheet.site.Format.dateTime(time, zone);
    }
}
