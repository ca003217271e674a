package org.broadsheet.newsroom;

import java.util.List;

import org.broadsheet.media.MediaItem;

/**
 * The media library screen: the upload form (with what was typed, and the error, after a refused
 * upload) and one page of pictures, newest first.
 */
public record MediaLibraryPage(NewsroomFrame frame, List<MediaItem> items, String olderUrl, boolean firstPage,
                               String notice, String error, String alt, String caption, String maxUpload) {
}
