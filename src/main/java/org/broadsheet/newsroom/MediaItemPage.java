package org.broadsheet.newsroom;

import org.broadsheet.media.MediaItem;

/** One picture of the media library: alt text, caption, focal point, crops, the stories that use it. */
public record MediaItemPage(NewsroomFrame frame, MediaItem item, long storiesUsing, String notice, String error,
                            String alt, String caption) {

    /** The focal point as a number for the form's inputs ("0.35"). */
    public static String coordinate(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
