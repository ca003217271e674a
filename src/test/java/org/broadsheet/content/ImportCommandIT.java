package org.broadsheet.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.BroadsheetApplication;
import org.broadsheet.platform.cli.Command;
import org.broadsheet.platform.cli.CommandLine;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.StoryGenerator;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar broadsheet.jar import --jsonl FILE}: what it prints and the exit code it ends with. */
class ImportCommandIT extends AppTest {

    @Autowired
    List<Command> commands;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_clean_file_is_imported_and_the_command_exits_0() {
        Path file = new StoryGenerator(404, Unique.name("ns")).write(dir.resolve("stories.jsonl"), 5);

        assertThat(run("--jsonl", file.toString())).isZero();
        assertThat(text(out)).contains("Imported stories.jsonl: 5 created, 0 updated, 0 failed");
    }

    @Test
    void a_file_with_failed_lines_exits_1_and_names_the_lines() throws IOException {
        List<String> lines = new ArrayList<>(new StoryGenerator(505, Unique.name("ns")).lines(3));
        lines.add(1, "not json at all");
        Path file = Files.write(dir.resolve("mixed.jsonl"), lines);

        assertThat(run("--jsonl", file.toString())).isEqualTo(1);
        assertThat(text(out)).contains("3 created, 0 updated, 1 failed");
        assertThat(text(err)).contains("line 2: not valid JSON");
    }

    @Test
    void a_missing_file_argument_is_bad_usage_and_exits_2() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--jsonl")).isEqualTo(2);
        assertThat(text(err)).contains("Usage: java -jar broadsheet.jar import --jsonl FILE");
    }

    @Test
    void an_unreadable_file_exits_2() {
        assertThat(run("--jsonl", dir.resolve("nothing-here.jsonl").toString())).isEqualTo(2);
        assertThat(text(err)).contains("Cannot read").contains("nothing-here.jsonl");
    }

    @Test
    void the_command_line_entry_imports_into_its_own_data_directory_without_a_web_server() throws IOException {
        Path file = new StoryGenerator(606).write(dir.resolve("cli.jsonl"), 4);
        Path dataDir = Files.createDirectory(dir.resolve("data"));
        PrintStream original = System.out;
        int exit;
        try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            exit = CommandLine.run(BroadsheetApplication.class,
                    new String[] {"import", "--jsonl", file.toString(), "--broadsheet.data-dir=" + dataDir});
        } finally {
            System.setOut(original);
        }

        assertThat(exit).isZero();
        assertThat(text(out)).contains("Imported cli.jsonl: 4 created, 0 updated, 0 failed");
        assertThat(dataDir.resolve("broadsheet.db")).isNotEmptyFile();
        assertThat(CommandLine.isCommand(new String[] {"import"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--demo"})).isFalse();
    }

    private int run(String... args) {
        Command importCommand = commands.stream().filter(c -> c.name().equals("import")).findFirst().orElseThrow();
        return importCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
