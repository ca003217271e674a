package org.broadsheet.browser;

import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.logging.LogEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages load without errors in the browser console (script errors, blocked or missing resources). */
class ConsoleErrorsBrowserIT extends BrowserTest {

    @ParameterizedTest(name = "the {0} loads without console errors")
    @EnumSource(value = SitePage.class, names = {"HOME", "CATEGORY", "ARTICLE", "SEARCH", "CONTACT", "NOT_FOUND"})
    void pageLoadsWithoutConsoleErrors(SitePage page) {
        String path = page.path(content());
        Screen screen = open(path);
        screen.waitUntil(d -> "complete".equals(screen.script("return document.readyState")));

        List<String> errors = screen.consoleEntries().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(entry -> page != SitePage.NOT_FOUND || !isTheDocumentsOwn404(entry, path))
                .map(LogEntry::getMessage)
                .toList();

        assertThat(errors).as("SEVERE browser console entries on " + path).isEmpty();
    }

    @Test
    void theCheckItselfNoticesAnUncaughtScriptError() {
        Screen screen = open("/");
        screen.script("setTimeout(() => { throw new Error('deliberate test failure'); })");

        List<String> severe = screen.waitUntil(d -> {
            List<String> found = severeMessages(screen);
            return found.isEmpty() ? null : found;
        });

        assertThat(severe).anySatisfy(message -> assertThat(message).contains("deliberate test failure"));
    }

    private static List<String> severeMessages(Screen screen) {
        return screen.consoleEntries().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** A 404 page announces its own status in the console; that is the page working, not an error. */
    private boolean isTheDocumentsOwn404(LogEntry entry, String path) {
        return entry.getMessage().startsWith(url(path) + " ") && entry.getMessage().contains("404");
    }
}
