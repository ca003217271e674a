package org.broadsheet.platform.cli;

import java.io.PrintStream;
import java.util.List;

/** A task run from the command line without the web server, e.g. {@code import --jsonl FILE}. */
public interface Command {

    /** The first word on the command line that selects this command. */
    String name();

    /** One line on how to call it, for the usage message. */
    String usage();

    /** Runs with the words after the name; returns the process exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
