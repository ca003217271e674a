package org.broadsheet.newsroom;

import java.util.List;

/** The newsroom's Top Stories screen: what readers see in the block, which are pinned, and a pin form. */
public record TopStoriesPage(NewsroomFrame frame, List<Row> rows, int maxPins, String story, String error,
                             String notice) {

    /** A story of the block, as listed. */
    public record Row(long id, String title, String url, boolean pinned) {
    }
}
