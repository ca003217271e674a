package org.broadsheet.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The files made from a decoded picture: the picture itself (at most {@link #FULL_MAX_WIDTH} wide),
 * the responsive widths smaller than it (never upscaled), and the three crops around the focal point.
 * Everything is re-encoded from pixels, so no metadata of the upload (EXIF, GPS, comments) survives.
 * Pictures with transparency stay PNG, others become JPEG; the full picture and the widths also get
 * a WebP twin when a WebP writer is installed.
 */
final class Renditions {

    static final int[] WIDTHS = {480, 960, 1600};
    static final int FULL_MAX_WIDTH = 2400;
    private static final float JPEG_QUALITY = 0.85f;

    /** One file to store: {@code kind} is "full", "w480".. or a crop ratio ("16x9"). */
    record Rendition(String kind, String format, byte[] bytes, int width, int height) {
    }

    private Renditions() {
    }

    static List<Rendition> of(BufferedImage picture, double focalX, double focalY) {
        boolean alpha = picture.getColorModel().hasAlpha();
        List<Rendition> out = new ArrayList<>();
        String format = alpha ? "png" : "jpeg";
        BufferedImage full = scaled(picture, Math.min(picture.getWidth(), FULL_MAX_WIDTH), alpha);
        addWithWebp(out, "full", full, format);
        // each width from the next larger one: cheaper than from the original, and as sharp (at most 1:2 steps)
        BufferedImage larger = full;
        for (int i = WIDTHS.length - 1; i >= 0; i--) {
            if (WIDTHS[i] < full.getWidth()) {
                larger = scaled(larger, WIDTHS[i], alpha);
                addWithWebp(out, "w" + WIDTHS[i], larger, format);
            }
        }
        out.addAll(crops(picture, focalX, focalY));
        return out;
    }

    static List<Rendition> crops(BufferedImage picture, double focalX, double focalY) {
        List<Rendition> out = new ArrayList<>();
        for (String ratio : ImageCrops.RATIOS.keySet()) {
            BufferedImage crop = ImageCrops.crop(picture, ratio, focalX, focalY, ImageCrops.MAX_WIDTH);
            out.add(new Rendition(ratio, "jpeg", encode(crop, "jpeg"), crop.getWidth(), crop.getHeight()));
        }
        return out;
    }

    static boolean webpAvailable() {
        return ImageIO.getImageWritersByFormatName("webp").hasNext();
    }

    private static void addWithWebp(List<Rendition> out, String kind, BufferedImage image, String format) {
        out.add(new Rendition(kind, format, encode(image, format), image.getWidth(), image.getHeight()));
        if (webpAvailable()) {
            out.add(new Rendition(kind, "webp", encode(image, "webp"), image.getWidth(), image.getHeight()));
        }
    }

    /** Plain RGB or ARGB pixels {@code width} wide, whatever the decoder gave (indexed GIF, 16-bit PNG...). */
    private static BufferedImage scaled(BufferedImage source, int width, boolean alpha) {
        int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
        BufferedImage out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (width < source.getWidth() / 2) {
                // bilinear in one step skips pixels when shrinking a lot: halve first
                BufferedImage half = scaled(source, Math.max(width, source.getWidth() / 2), alpha);
                g.drawImage(half, 0, 0, width, height, null);
            } else {
                g.drawImage(source, 0, 0, width, height, null);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] encode(BufferedImage image, String format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
