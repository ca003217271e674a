package org.broadsheet.quality;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import org.broadsheet.browser.DemoSiteTest;
import org.broadsheet.browser.SitePage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML the server sends is valid, by the Nu HTML Checker (its warnings are advice and not checked). */
class HtmlValidityIT extends DemoSiteTest {

    private static NuHtmlChecker checker;

    @ParameterizedTest(name = "the {0} is valid HTML")
    @EnumSource(value = SitePage.class, names = {"HOME", "CATEGORY", "ARTICLE", "STATIC", "CONTACT", "NOT_FOUND"})
    void pageIsValidHtml(SitePage page) {
        String path = page.path(content());
        HttpResponse<String> response = content().get(path);
        assertThat(response.statusCode()).as("status of " + path).isEqualTo(page == SitePage.NOT_FOUND ? 404 : 200);
        assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of " + path)
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));

        List<NuHtmlChecker.Message> errors = checker().check(response.body()).stream()
                .filter(NuHtmlChecker.Message::error).toList();

        assertThat(errors)
                .withFailMessage(() -> errors.size() + " HTML error(s) in " + path + ":\n"
                        + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void theCheckerItselfRejectsABrokenDocument() {
        List<NuHtmlChecker.Message> messages = checker().check(
                "<!DOCTYPE html><html lang=\"en\"><title>t</title><ul><div>not a list item</div></ul></html>");

        assertThat(messages).filteredOn(NuHtmlChecker.Message::error).extracting(NuHtmlChecker.Message::text)
                .anySatisfy(text -> assertThat(text).contains("not allowed as child of element “ul”"));
    }

    @AfterAll
    static void closeChecker() throws IOException {
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
