package org.broadsheet.platform.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a {@link Command} in an application context without the web server, so that commands
 * share the configuration, database and services of the site.
 */
public final class CommandLine {

    /** Words that select a command; anything else starts the site. */
    static final Set<String> COMMANDS = Set.of("import", "reindex");

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        // Spring AOT's generated bean set is the web site's; a command builds its own context.
        System.setProperty("spring.aot.enabled", "false");
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        String[] springArgs = Stream.concat(
                        Stream.of("--spring.main.log-startup-info=false", "--logging.level.root=WARN"),
                        Arrays.stream(args).filter(a -> a.startsWith("--spring.") || a.startsWith("--broadsheet.")))
                .toArray(String[]::new);
        List<String> commandArgs = Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--spring.") && !a.startsWith("--broadsheet."))
                .toList();
        try (ConfigurableApplicationContext context = app.run(springArgs)) {
            for (Command command : context.getBeansOfType(Command.class).values()) {
                if (command.name().equals(args[0])) {
                    return command.run(commandArgs, System.out, System.err);
                }
            }
            System.err.println("Unknown command '" + args[0] + "'.");
            return 2;
        }
    }
}
