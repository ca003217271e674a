package org.broadsheet.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.broadsheet.platform.config.BroadsheetProperties;
import org.springframework.stereotype.Component;

/**
 * Centre crops of media pictures in the ratios search engines and social cards ask for (16:9, 4:3,
 * 1:1), at most 1200 px wide. Made on first request and kept under {@code <media>/.crops/}.
 */
@Component
public class ImageCrops {

    public static final Map<String, double[]> RATIOS = Map.of("16x9", new double[] {16, 9}, "4x3", new double[] {4, 3},
            "1x1", new double[] {1, 1});
    static final int MAX_WIDTH = 1200;

    private final Path media;

    ImageCrops(BroadsheetProperties properties) {
        this.media = properties.mediaDir().toAbsolutePath().normalize();
    }

    /** The URL of a crop of a {@code /media/...} picture. */
    public static String url(String mediaUrl, String ratio) {
        return "/media/crop/" + ratio + mediaUrl.substring("/media".length());
    }

    /** The crop file, made if needed; empty when the source is missing, outside the media folder or no picture. */
    Optional<Path> crop(String ratio, String relativePath) throws IOException {
        double[] r = RATIOS.get(ratio);
        Path source = media.resolve(relativePath).normalize();
        if (r == null || !source.startsWith(media) || source.startsWith(media.resolve(".crops")) || !Files.isRegularFile(source)) {
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
        int width = image.getWidth();
        int height = (int) Math.round(width * r[1] / r[0]);
        if (height > image.getHeight()) {
            height = image.getHeight();
            width = (int) Math.round(height * r[0] / r[1]);
        }
        int x = (image.getWidth() - width) / 2;
        int y = (image.getHeight() - height) / 2;
        int outWidth = Math.min(width, MAX_WIDTH);
        int outHeight = (int) Math.round(outWidth * r[1] / r[0]);
        BufferedImage out = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, outWidth, outHeight, x, y, x + width, y + height, null);
        } finally {
            g.dispose();
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "crop", ".tmp");
        ImageIO.write(out, "jpeg", temp.toFile());
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(target);
    }
}
