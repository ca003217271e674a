package org.broadsheet.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.broadsheet.platform.cli.Command;
import org.springframework.stereotype.Component;

/** {@code java -jar broadsheet.jar import --jsonl FILE}: bulk import, then exit (1 if any line failed). */
@Component
class ImportCommand implements Command {

    private static final int MAX_ERRORS_SHOWN = 100;

    private final ArticleImporter importer;

    ImportCommand(ArticleImporter importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import --jsonl FILE    import stories from a JSON Lines file";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int flag = args.indexOf("--jsonl");
        if (flag < 0 || flag + 1 >= args.size()) {
            err.println("Usage: java -jar broadsheet.jar " + usage());
            return 2;
        }
        Path file = Path.of(args.get(flag + 1));
        if (!Files.isReadable(file)) {
            err.println("Cannot read " + file.toAbsolutePath() + ".");
            return 2;
        }
        long started = System.nanoTime();
        ArticleImporter.Report report;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            report = importer.importLines(reader, lines -> {
                if (lines % 5000 < ArticleImporter.BATCH_SIZE) {
                    err.printf("  %,d lines read...%n", lines);
                }
            });
        } catch (IOException e) {
            err.println("Reading " + file + " failed: " + e.getMessage());
            return 2;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report.errors().stream().limit(MAX_ERRORS_SHOWN)
                .forEach(e -> err.println("line " + e.line() + ": " + e.message()));
        if (report.failed() > MAX_ERRORS_SHOWN) {
            err.println("... and " + (report.failed() - MAX_ERRORS_SHOWN) + " more failed lines");
        }
        out.printf("Imported %s: %,d created, %,d updated, %,d failed, in %.1f s.%n",
                file.getFileName(), report.created(), report.updated(), report.failed(), seconds);
        return report.failed() == 0 ? 0 : 1;
    }
}
