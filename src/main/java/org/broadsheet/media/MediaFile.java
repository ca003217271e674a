package org.broadsheet.media;

/** One stored file of a library picture: {@code kind} "full", "w480", "16x9"...; {@code path} under the media folder. */
public record MediaFile(String kind, String format, String path, int width, int height) {

    public String url() {
        return "/media/" + path;
    }
}
