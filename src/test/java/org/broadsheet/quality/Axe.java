package org.broadsheet.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility rules engine, run inside the page that is open in the browser. The
 * script comes from the npm package the build installs under {@code src/test/js/node_modules}.
 */
final class Axe {

    static final Path SCRIPT = Path.of("src", "test", "js", "node_modules", "axe-core", "axe.min.js");

    private static String source;

    /** One broken rule: where (CSS selectors of the offending nodes), how bad, and how to fix it. */
    record Violation(String rule, String impact, String help, String helpUrl, List<String> targets) {

        @Override
        public String toString() {
            return "[" + impact + "] " + rule + ": " + help + " (" + helpUrl + ")\n    at "
                    + String.join("\n    at ", targets);
        }
    }

    private Axe() {
    }

    /** Runs every axe rule on the open page and returns what it violates. */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({
                        rule: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                        targets: v.nodes.map(n => n.target.join(' ') + '  ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))))
                   .catch(e => done('axe failed: ' + e));
                """);
        if (result instanceof String failure) {
            throw new AssertionError(failure);
        }
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"), (List<String>) v.get("targets")))
                .toList();
    }

    private static synchronized String source() {
        if (source == null) {
            if (!Files.isReadable(SCRIPT)) {
                throw new AssertionError(SCRIPT.toAbsolutePath() + " is missing: the build installs it with 'npm ci' in "
                        + "src/test/js at generate-test-resources (run ./mvnw generate-test-resources)");
            }
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
