package org.broadsheet.newsroom;

import java.util.List;
import java.util.Map;

import org.broadsheet.content.Category;
import org.broadsheet.content.StoryRevision;

/**
 * The story editor.
 *
 * @param id          null for a new story
 * @param status      "Draft", "Published", ... (null for a new story)
 * @param errors      a message per form field (title, slug, ...); "form" for the whole form
 * @param publicUrl   the story's public address once published, else null
 * @param zoneName    the site's time zone, in which the scheduled time is read
 */
public record StoryEditorPage(NewsroomFrame frame, Long id, String status, StoryForm form, Map<String, String> errors,
                              List<Category> categories, boolean mayPublish, List<StoryRevision> revisions,
                              String publicUrl, String notice, String zoneName,
                              org.broadsheet.content.SanitizedHtml bodyPreview) {

    /** A time in the site's zone ("November 24, 2026 4:05 pm"). */
    public String when(java.time.Instant time) {
        return org.broadsheet.site.Format.dateTime(time, java.time.ZoneId.of(zoneName));
    }

    public String action() {
        return id == null ? "/newsroom/stories" : "/newsroom/stories/" + id;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** aria-describedby of a field: its hint and, when there is one, its error. */
    public String describedBy(String field, boolean hint) {
        String ids = (hint ? field + "-hint" : "") + (hasError(field) ? " " + field + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
