package org.broadsheet.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns uploaded bytes into pixels, or refuses them: the type comes from the content's first bytes,
 * the size in pixels is checked from the header before any pixel is decoded (no decompression bombs),
 * a decoder warning (a truncated JPEG decodes to grey with only a warning) counts as damage, and a
 * JPEG is turned upright by its EXIF orientation (the EXIF block itself is not kept).
 */
final class PictureDecoder {

    record Decoded(BufferedImage image, ImageFormat format) {
    }

    private PictureDecoder() {
    }

    static Decoded decode(byte[] content, long maxPixels) {
        ImageFormat format = ImageFormat.sniff(content).orElseThrow(() -> new UploadRejectedException(415,
                "This file is not a JPEG, PNG, WebP or GIF picture (its content says so, whatever its name)."));
        checkComplete(content, format);
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.key());
        if (!readers.hasNext()) {
            throw new UploadRejectedException(415, format.label() + " pictures cannot be read on this server.");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw damaged(format);
            }
            if (width * height > maxPixels) {
                throw new UploadRejectedException(413, "The picture is too large: " + width + " × " + height
                        + " pixels; at most " + (maxPixels / 1_000_000) + " megapixels are accepted.");
            }
            AtomicReference<String> warning = new AtomicReference<>();
            reader.addIIOReadWarningListener((IIOReadWarningListener) (source, message) -> warning.compareAndSet(null, message));
            // nothing is stored wider than Renditions.FULL_MAX_WIDTH: read every n-th pixel of a very wide
            // picture (the result stays at least that wide), so a 50-megapixel photo needs ~20 MB, not 200
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, width / Renditions.FULL_MAX_WIDTH);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null || warning.get() != null) {
                throw damaged(format);
            }
            if (format == ImageFormat.JPEG) {
                image = ExifOrientation.apply(image, ExifOrientation.of(content));
            }
            return new Decoded(image, format);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadRejectedException rejected) {
                throw rejected;
            }
            throw damaged(format);
        } finally {
            reader.dispose();
        }
    }

    /** Cheap structural checks the decoders let pass: a GIF ends with its trailer, a WebP is as long as its RIFF header says. */
    private static void checkComplete(byte[] content, ImageFormat format) {
        if (format == ImageFormat.GIF && content[content.length - 1] != 0x3B) {
            throw damaged(format);
        }
        if (format == ImageFormat.WEBP) {
            long riffSize = ByteBuffer.wrap(content, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
            if (content.length < riffSize + 8) {
                throw damaged(format);
            }
        }
    }

    private static UploadRejectedException damaged(ImageFormat format) {
        return new UploadRejectedException(422, "The file starts like a " + format.label()
                + " picture but cannot be read: it may be damaged or cut short. Export it again and retry.");
    }
}
