package org.broadsheet.media;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A picture of the media library with its files (see {@link MediaFile}). */
public record MediaItem(long id, String alt, String caption, String originalName, String sourceFormat,
                        double focalX, double focalY, Instant createdAt, Instant updatedAt, List<MediaFile> files) {

    /** The full-size picture in its main format (JPEG, or PNG when it has transparency). */
    public MediaFile full() {
        return file("full", mainFormat()).orElseThrow();
    }

    public String url() {
        return full().url();
    }

    public int width() {
        return full().width();
    }

    public int height() {
        return full().height();
    }

    /** The main format: "jpeg" or "png". */
    public String mainFormat() {
        return files.stream().filter(f -> f.kind().equals("full") && !f.format().equals("webp")).map(MediaFile::format)
                .findFirst().orElse("jpeg");
    }

    /** The smallest width, for lists. */
    public MediaFile thumbnail() {
        return widths(mainFormat()).getFirst();
    }

    /** The full picture and its smaller widths in {@code format}, narrowest first. */
    public List<MediaFile> widths(String format) {
        return files.stream().filter(f -> f.format().equals(format) && (f.kind().equals("full") || f.kind().startsWith("w")))
                .sorted(Comparator.comparingInt(MediaFile::width)).toList();
    }

    /** {@code srcset} of the widths in {@code format} ("/media/library/a.jpg 480w, ..."); empty if there is none. */
    public String srcset(String format) {
        return widths(format).stream().map(f -> f.url() + " " + f.width() + "w").collect(Collectors.joining(", "));
    }

    public boolean hasWebp() {
        return !widths("webp").isEmpty();
    }

    /** The crops by ratio ("16x9", "4x3", "1x1") to their URLs. */
    public Map<String, String> crops() {
        Map<String, String> crops = new LinkedHashMap<>();
        for (String ratio : ImageCrops.RATIOS.keySet()) {
            file(ratio, "jpeg").ifPresent(f -> crops.put(ratio, f.url()));
        }
        return crops;
    }

    public Optional<MediaFile> file(String kind, String format) {
        return files.stream().filter(f -> f.kind().equals(kind) && f.format().equals(format)).findFirst();
    }

    /** Every URL of this picture's files, to find stories that use any of them. */
    public List<String> urls() {
        return files.stream().map(MediaFile::url).toList();
    }
}
