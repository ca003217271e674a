package org.broadsheet.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.broadsheet.platform.config.BroadsheetProperties;
import org.springframework.stereotype.Component;

/**
 * The library's files in {@code <media>/library/}, named by the SHA-256 of their bytes: a name never
 * points at other bytes, so they are served as immutable. Identical files are stored once.
 */
@Component
class MediaFiles {

    static final String FOLDER = "library";

    private final Path folder;

    MediaFiles(BroadsheetProperties properties) {
        this.folder = properties.mediaDir().toAbsolutePath().normalize().resolve(FOLDER);
    }

    /** Stores {@code bytes} (if not there yet) and returns the path relative to the media folder: "library/3f2a...jpg". */
    String store(byte[] bytes, String format) {
        String name = hash(bytes) + "." + (format.equals("jpeg") ? "jpg" : format);
        Path target = folder.resolve(name);
        try {
            if (!Files.isRegularFile(target)) {
                Files.createDirectories(folder);
                Path temp = Files.createTempFile(folder, "upload", ".tmp");
                Files.write(temp, bytes);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FOLDER + "/" + name;
    }

    /** The file at a path returned by {@link #store}. */
    Path path(String relativePath) {
        Path file = folder.resolve(relativePath.substring(FOLDER.length() + 1)).normalize();
        if (!file.startsWith(folder)) {
            throw new IllegalArgumentException("not a library path: " + relativePath);
        }
        return file;
    }

    void delete(String relativePath) {
        Path file = folder.resolve(relativePath.substring(FOLDER.length() + 1)).normalize();
        if (file.startsWith(folder)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
