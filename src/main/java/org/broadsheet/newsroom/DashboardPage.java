package org.broadsheet.newsroom;

import java.time.ZoneId;
import java.util.List;

import org.broadsheet.content.StoryListItem;
import org.broadsheet.content.StoryListService.Dashboard;
import org.broadsheet.site.Format;

/**
 * The newsroom's landing page: the viewer's drafts, what is scheduled, what went out, what waits
 * for review, and (for those who see them) wire items in the review queue and failing feed sources.
 *
 * @param wireItemsToReview null when the viewer may not review wire items
 * @param failingSources    null when the viewer may not manage sources
 */
public record DashboardPage(NewsroomFrame frame, Dashboard dashboard, boolean reviewsOthers, ZoneId zone,
                            Long wireItemsToReview, List<FailingSource> failingSources) {

    /** A feed source that keeps failing, and why in plain words. */
    public record FailingSource(long id, String name, String lastError, int failures) {
    }

    public String when(StoryListItem item) {
        return Format.dateTime(item.publishedAt() != null ? item.publishedAt() : item.updatedAt(), zone);
    }
}
