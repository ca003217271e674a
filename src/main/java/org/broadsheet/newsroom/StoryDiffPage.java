package org.broadsheet.newsroom;

import java.util.List;

import org.broadsheet.content.LineDiff;
import org.broadsheet.content.StoryRevision;

/** Two revisions of a story side by side: for headline, standfirst and body, the lines removed and added. */
public record StoryDiffPage(NewsroomFrame frame, long storyId, StoryRevision from, StoryRevision to,
                            List<Section> sections, java.time.ZoneId zone) {

    public record Section(String name, List<LineDiff.Line> lines, boolean changed) {
    }

    public String when(StoryRevision revision) {
        return org.broadsheet.site.Format.dateTime(revision.createdAt(), zone);
    }
}
