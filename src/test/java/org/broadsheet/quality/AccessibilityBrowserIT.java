package org.broadsheet.quality;

import java.util.List;
import java.util.stream.Collectors;

import org.broadsheet.browser.BrowserTest;
import org.broadsheet.browser.Screen;
import org.broadsheet.browser.SitePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every axe-core rule holds on the main kinds of page, in the light and the dark theme, as a
 * first-time visitor sees them (with the privacy notice).
 */
class AccessibilityBrowserIT extends BrowserTest {

    @Test
    void theCheckItselfFindsAnImageWithoutATextAlternative() {
        browser().driver().get("data:text/html,<!DOCTYPE html><html lang=en><title>t</title><main><img src=x.png></main>");

        assertThat(Axe.violations(browser().driver())).extracting(Axe.Violation::rule).contains("image-alt");
    }

    @ParameterizedTest(name = "the {0} breaks no accessibility rule in the {1} theme")
    @CsvSource({
            "HOME, light", "HOME, dark",
            "CATEGORY, light", "CATEGORY, dark",
            "ARTICLE, light", "ARTICLE, dark",
            "CONTACT, light", "CONTACT, dark",
            "NOT_FOUND, light", "NOT_FOUND, dark"})
    void pageBreaksNoAccessibilityRule(SitePage page, String theme) {
        cookie("bs_theme", theme);
        String path = page.path(content());
        Screen screen = open(path);
        assertThat(screen.theme()).as("html[data-theme]").isEqualTo(theme);

        List<Axe.Violation> violations = Axe.violations(browser().driver());

        assertThat(violations)
                .withFailMessage(() -> violations.size() + " axe-core violation(s) on " + path + " in the " + theme
                        + " theme:\n" + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
