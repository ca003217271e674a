package org.broadsheet.search;

import java.io.PrintStream;
import java.util.List;

import org.broadsheet.platform.cli.Command;
import org.springframework.stereotype.Component;

/** {@code java -jar broadsheet.jar reindex}: rebuilds the search index beside the live one, then swaps. */
@Component
class ReindexCommand implements Command {

    private static final int BAR_WIDTH = 30;

    private final Reindexer reindexer;

    ReindexCommand(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String usage() {
        return "reindex               rebuild the search index from the database (the site keeps serving the old one)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        long total = Math.max(1, reindexer.storiesToIndex());
        Reindexer.Result result = reindexer.rebuild(done -> err.print("\r" + bar(done, total)));
        err.println();
        out.printf("Reindexed %,d stories into %s in %.1f s (%,d KB); the site switches to it within a second.%n",
                result.documents(), result.generation(), result.millis() / 1000.0, result.bytes() / 1024);
        return 0;
    }

    static String bar(long done, long total) {
        int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
        return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] "
                + Math.min(100, done * 100 / total) + "% (" + done + "/" + total + ")";
    }
}
