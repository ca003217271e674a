package org.broadsheet.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The picture formats the media library accepts, recognised by their first bytes (never by name or declared type). */
public enum ImageFormat {
    JPEG, PNG, GIF, WEBP;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The format the content starts with, if it is one we accept. */
    public static Optional<ImageFormat> sniff(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (content.length >= 8 && Arrays.equals(content, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return Optional.of(PNG);
        }
        if (content.length >= 6 && (ascii(content, 0, 6).equals("GIF87a") || ascii(content, 0, 6).equals("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (content.length >= 12 && ascii(content, 0, 4).equals("RIFF") && ascii(content, 8, 12).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The name stored in the database and given to ImageIO: "jpeg". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return this == WEBP ? "WebP" : name();
    }

    private static String ascii(byte[] content, int from, int to) {
        return new String(content, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
