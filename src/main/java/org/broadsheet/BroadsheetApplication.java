package org.broadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.broadsheet.platform.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the web site, or runs a command-line task without a web server:
 * <pre>
 *   java -jar broadsheet.jar              the site on the embedded default
 *   java -jar broadsheet.jar --demo       the site, with demo content loaded on first start
 *   java -jar broadsheet.jar import --jsonl FILE   bulk import, then exit
 * </pre>
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BroadsheetApplication {

    private static final String OWN_PACKAGE_PREFIX = BroadsheetApplication.class.getPackageName() + ".";

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(BroadsheetApplication.class, args));
        }
        SpringApplication.run(BroadsheetApplication.class, withDemoSwitch(args));
    }

    /**
     * Whether a class is the site's own (in this package or below), not Spring's or a library's: start-up work that
     * looks for the site's annotations ({@code @Scheduled}, {@code @Transactional}) reads only these.
     */
    public static boolean isOwnClass(Class<?> type) {
        return type.getName().startsWith(OWN_PACKAGE_PREFIX);
    }

    /** {@code --demo} is shorthand for {@code --broadsheet.demo=true}. */
    static String[] withDemoSwitch(String[] args) {
        List<String> result = new ArrayList<>(Arrays.asList(args));
        if (result.remove("--demo")) {
            result.add("--broadsheet.demo=true");
        }
        return result.toArray(String[]::new);
    }
}
