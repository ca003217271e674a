package org.broadsheet.media;

import java.util.Map;

/**
 * A library picture as JSON (newsroom upload endpoint and Admin API):
 * {@code {"id", "url", "width", "height", "alt", "caption", "srcset", "crops": {"16x9", "4x3", "1x1"}}}.
 */
public record MediaJson(long id, String url, int width, int height, String alt, String caption, String srcset,
                        String webpSrcset, double focalX, double focalY, Map<String, String> crops) {

    public static MediaJson of(MediaItem item) {
        return new MediaJson(item.id(), item.url(), item.width(), item.height(), item.alt(), item.caption(),
                item.srcset(item.mainFormat()), item.hasWebp() ? item.srcset("webp") : null, item.focalX(), item.focalY(),
                item.crops());
    }

    /** A page of the library: {@code {"items": [...], "next": "<cursor>"|null}}. */
    public record Page(java.util.List<MediaJson> items, String next) {

        public static Page of(org.broadsheet.platform.web.Slice<MediaItem> slice) {
            return new Page(slice.items().stream().map(MediaJson::of).toList(), slice.nextToken());
        }
    }
}
