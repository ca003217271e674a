package org.broadsheet.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Pictures made in code for the media tests: plain ones, one with a red band on the left, one with EXIF GPS. */
public final class TestPictures {

    /** Text inside the EXIF block of {@link #jpegWithGps}: must not survive an upload. */
    public static final String GPS_MARKER = "GPS-SECRET-NEWSROOM-LOCATION";

    private TestPictures() {
    }

    /** A blue picture whose left {@code redWidth} pixels are red. */
    public static BufferedImage picture(int width, int height, int redWidth, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 60, 200, alpha ? 180 : 255));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, redWidth, height);
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, 0, false), "jpeg");
    }

    /**
     * A JPEG with an EXIF APP1 segment (a TIFF header, IFD0 pointing at a GPS IFD with a latitude
     * reference and our marker text) and a comment segment, right after the start of image.
     */
    public static byte[] jpegWithGps(int width, int height) {
        byte[] plain = jpeg(width, height);
        byte[] marker = GPS_MARKER.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        // big-endian TIFF header, IFD0 at offset 8
        write(tiff, 'M', 'M', 0, 42, 0, 0, 0, 8);
        // IFD0: one entry, GPSInfo (0x8825) LONG 1 -> offset 26; next IFD 0
        write(tiff, 0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0);
        // GPS IFD at 26: two entries: GPSLatitudeRef 'N', GPSProcessingMethod (0x1B, UNDEFINED) -> offset 56
        write(tiff, 0, 2, 0, 1, 0, 2, 0, 0, 0, 2, 'N', 0, 0, 0,
                0, 0x1B, 0, 7, 0, 0, 0, marker.length, 0, 0, 0, 56, 0, 0, 0, 0);
        tiff.writeBytes(marker);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.toByteArray());
        byte[] comment = ("Shot at " + GPS_MARKER).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        segment(out, 0xE1, exif);
        segment(out, 0xFE, comment);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A JPEG of {@link #picture} with an EXIF block whose only tag is the orientation (1 to 8). */
    public static byte[] jpegWithOrientation(int width, int height, int redWidth, int orientation) {
        byte[] plain = encode(picture(width, height, redWidth, false), "jpeg");
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        // little-endian this time; IFD0 at 8 with one entry: Orientation (0x0112) SHORT 1
        write(tiff, 'I', 'I', 42, 0, 8, 0, 0, 0);
        write(tiff, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.toByteArray());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        segment(out, 0xE1, exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A valid 1×1 PNG whose header claims {@code width} × {@code height} pixels (a decompression bomb's header). */
    public static byte[] pngClaiming(int width, int height) {
        byte[] png = encode(picture(1, 1, 0, false), "png");
        // IHDR data starts at 16: width, height (big-endian), then its CRC over type + 13 bytes at 29
        putInt(png, 16, width);
        putInt(png, 20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        putInt(png, 29, (int) crc.getValue());
        return png;
    }

    public static byte[] truncated(byte[] content) {
        return Arrays.copyOf(content, content.length * 2 / 3);
    }

    private static void segment(ByteArrayOutputStream out, int type, byte[] data) {
        out.write(0xFF);
        out.write(type);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xFF);
        out.writeBytes(data);
    }

    private static void write(ByteArrayOutputStream out, int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
