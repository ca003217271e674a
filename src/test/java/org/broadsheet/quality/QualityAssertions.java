package org.broadsheet.quality;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** The two checks every page gets: valid HTML (Nu HTML Checker) and no axe-core violation. */
final class QualityAssertions {

    private static NuHtmlChecker checker;

    private QualityAssertions() {
    }

    /** The page open in {@code driver} breaks no axe-core rule; {@code where} names it in the failure. */
    static void assertNoViolations(WebDriver driver, String where) {
        List<Axe.Violation> violations = Axe.violations(driver);
        assertThat(violations)
                .withFailMessage(() -> violations.size() + " axe-core violation(s) on " + where + ":\n"
                        + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** {@code html} (served at {@code path}) has no error by the Nu HTML Checker. */
    static void assertValid(String path, String html) {
        List<NuHtmlChecker.Message> errors = checker().check(html).stream().filter(NuHtmlChecker.Message::error).toList();
        assertThat(errors)
                .withFailMessage(() -> errors.size() + " HTML error(s) in " + path + ":\n"
                        + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** Frees the checker's class loader (call after a test class); the next check starts a new one. */
    static synchronized void closeChecker() throws IOException {
        if (checker != null) {
            checker.close();
            checker = null;
        }
    }

    private static synchronized NuHtmlChecker checker() {
        if (checker == null) {
            checker = new NuHtmlChecker();
        }
        return checker;
    }
}
