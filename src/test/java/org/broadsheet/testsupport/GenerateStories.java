package org.broadsheet.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a corpus for benchmarks and trying the import by hand:
 * {@code java -cp target/test-classes:<jackson jars> org.broadsheet.testsupport.GenerateStories N FILE [SEED]}
 * (bench scripts call it through Maven's test classpath).
 */
public final class GenerateStories {

    private GenerateStories() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: GenerateStories COUNT FILE [SEED]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261124L;
        Files.write(Path.of(args[1]), new StoryGenerator(seed).lines(count), StandardCharsets.UTF_8);
    }
}
