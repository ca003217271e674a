package org.broadsheet.newsroom;

import java.time.ZoneId;

import org.broadsheet.content.StoryListItem;
import org.broadsheet.content.StoryListService.Dashboard;
import org.broadsheet.site.Format;

/** The newsroom's landing page: the viewer's drafts, what is scheduled, what went out, what waits for review. */
public record DashboardPage(NewsroomFrame frame, Dashboard dashboard, boolean reviewsOthers, ZoneId zone) {

    public String when(StoryListItem item) {
        return Format.dateTime(item.publishedAt() != null ? item.publishedAt() : item.updatedAt(), zone);
    }
}
