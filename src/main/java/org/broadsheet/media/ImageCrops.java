package org.broadsheet.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.broadsheet.platform.config.BroadsheetProperties;
import org.springframework.stereotype.Component;

/**
 * Crops of media pictures in the ratios search engines and social cards ask for (16:9, 4:3, 1:1),
 * at most 1200 px wide: the one place crops are made. Pictures of the media library are cropped
 * around their focal point when uploaded (or when the point moves) and kept with them; any other
 * picture under {@code /media} is centre-cropped on first request and kept under {@code <media>/.crops/}.
 */
@Component
public class ImageCrops {

    /** The ratios, in the order structured data lists them. */
    public static final Map<String, double[]> RATIOS = ratios();
    static final int MAX_WIDTH = 1200;

    private final Path media;
    private final MediaRepository library;

    ImageCrops(BroadsheetProperties properties, MediaRepository library) {
        this.media = properties.mediaDir().toAbsolutePath().normalize();
        this.library = library;
    }

    /** The URL of an on-demand centre crop of a {@code /media/...} picture. */
    public static String url(String mediaUrl, String ratio) {
        return "/media/crop/" + ratio + mediaUrl.substring("/media".length());
    }

    /**
     * The crops of a story picture for structured data, 16:9, 4:3 and 1:1: the library's stored crops
     * (around the editor's focal point) for a library picture, on-demand centre crops for another
     * {@code /media/} picture, and the picture itself for one elsewhere.
     */
    public List<String> structuredDataUrls(String imageUrl) {
        Map<String, String> stored = libraryCrops(imageUrl);
        if (!stored.isEmpty()) {
            return RATIOS.keySet().stream().map(stored::get).toList();
        }
        if (imageUrl.startsWith("/media/")) {
            return RATIOS.keySet().stream().map(ratio -> url(imageUrl, ratio)).toList();
        }
        return List.of(imageUrl);
    }

    /** The picture for social cards (og:image): a library picture's 16:9 crop, otherwise the picture itself. */
    public String socialCardUrl(String imageUrl) {
        return libraryCrops(imageUrl).getOrDefault("16x9", imageUrl);
    }

    private Map<String, String> libraryCrops(String imageUrl) {
        if (imageUrl == null || !imageUrl.startsWith("/media/" + MediaFiles.FOLDER + "/")) {
            return Map.of();
        }
        return library.cropsOfPictureAt(imageUrl.substring("/media/".length()));
    }

    /**
     * The largest part of {@code image} in {@code ratio} centred as near the focal point ({@code focalX},
     * {@code focalY} in 0..1) as the edges allow, scaled down to at most {@code maxWidth} (never up),
     * on white where the picture is transparent.
     */
    public static BufferedImage crop(BufferedImage image, String ratio, double focalX, double focalY, int maxWidth) {
        double[] r = RATIOS.get(ratio);
        int width = image.getWidth();
        int height = (int) Math.round(width * r[1] / r[0]);
        if (height > image.getHeight()) {
            height = image.getHeight();
            width = (int) Math.round(height * r[0] / r[1]);
        }
        int x = clamp((int) Math.round(focalX * image.getWidth() - width / 2.0), image.getWidth() - width);
        int y = clamp((int) Math.round(focalY * image.getHeight() - height / 2.0), image.getHeight() - height);
        int outWidth = Math.min(width, maxWidth);
        int outHeight = (int) Math.round(outWidth * r[1] / r[0]);
        BufferedImage out = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, outWidth, outHeight);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, outWidth, outHeight, x, y, x + width, y + height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The on-demand crop file, made if needed; empty when the source is missing, outside the media folder or no picture. */
    Optional<Path> crop(String ratio, String relativePath) throws IOException {
        Path source = media.resolve(relativePath).normalize();
        if (!RATIOS.containsKey(ratio) || !source.startsWith(media) || source.startsWith(media.resolve(".crops"))
                || !Files.isRegularFile(source)) {
            return Optional.empty();
        }
        Path target = media.resolve(".crops").resolve(ratio).resolve(relativePath + ".jpg").normalize();
        if (Files.isRegularFile(target) && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(source)) >= 0) {
            return Optional.of(target);
        }
        BufferedImage image = ImageIO.read(source.toFile());
        if (image == null) {
            return Optional.empty();
        }
        BufferedImage out = crop(image, ratio, 0.5, 0.5, MAX_WIDTH);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "crop", ".tmp");
        ImageIO.write(out, "jpeg", temp.toFile());
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(target);
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }

    private static Map<String, double[]> ratios() {
        Map<String, double[]> ratios = new LinkedHashMap<>();
        ratios.put("16x9", new double[] {16, 9});
        ratios.put("4x3", new double[] {4, 3});
        ratios.put("1x1", new double[] {1, 1});
        return java.util.Collections.unmodifiableMap(ratios);
    }
}
