package org.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The index directory: numbered generations ({@code gen-1}, {@code gen-2}...) and a {@code CURRENT}
 * file naming the one in use. A rebuild writes a new generation and then points {@code CURRENT} at
 * it in one atomic rename, so readers switch only to a complete index.
 */
final class IndexLayout {

    private static final String PREFIX = "gen-";

    private final Path root;

    IndexLayout(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path path(String generation) {
        return root.resolve(generation);
    }

    /** The generation in use, creating the first one's name when there is none yet. */
    String current() {
        try {
            Path pointer = root.resolve("CURRENT");
            if (Files.exists(pointer)) {
                return Files.readString(pointer, StandardCharsets.UTF_8).strip();
            }
            String first = PREFIX + 1;
            point(first);
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name for a new generation, higher than every existing one. */
    String next() {
        return PREFIX + (generations().stream().mapToLong(IndexLayout::number).max().orElse(0) + 1);
    }

    /** Makes {@code generation} the current one, atomically. */
    void point(String generation) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "CURRENT", ".tmp");
            Files.writeString(temp, generation, StandardCharsets.UTF_8);
            Files.move(temp, root.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes generations older than {@code generation} (newer ones may be a rebuild in progress). */
    void deleteOlderThan(String generation) {
        long keep = number(generation);
        for (String name : generations()) {
            if (number(name) < keep) {
                deleteTree(path(name));
            }
        }
    }

    private List<String> generations() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(PREFIX) && number(n) > 0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(String generation) {
        try {
            return Long.parseLong(generation.substring(PREFIX.length()));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover directory costs disk space only; the next start tries again
        }
    }
}
