package org.broadsheet.accounts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.broadsheet.browser.Browser;
import org.broadsheet.browser.BrowserExtension;
import org.broadsheet.quality.Axe;
import org.broadsheet.quality.NuHtmlChecker;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /setup on the shared site of {@link AppTest}, which starts without accounts and without
 * administrator properties. This is the only test that makes an account in that context: it
 * checks the open form first, then completes the setup, in this order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupIT extends AppTest {

    @Autowired
    SetupService setup;

    @Autowired
    AccountService accountService;

    @Test
    @Order(1)
    void theSetupFormIsValidHtml() throws Exception {
        requireOpenSetup();
        SiteClient.Answer page = http().get("/setup");
        assertThat(page.status()).isEqualTo(200);

        try (NuHtmlChecker checker = new NuHtmlChecker()) {
            List<NuHtmlChecker.Message> errors = checker.check(page.body()).stream().filter(NuHtmlChecker.Message::error).toList();
            assertThat(errors).withFailMessage(() -> errors.stream().map(Object::toString).collect(Collectors.joining("\n"))).isEmpty();
        }
    }

    @Test
    @Order(2)
    @ExtendWith(BrowserExtension.class)
    void theSetupFormBreaksNoAccessibilityRule() {
        requireOpenSetup();
        Browser browser = Browser.get();
        browser.driver().get(baseUrl() + "/setup");

        List<Axe.Violation> violations = Axe.violations(browser.driver());

        assertThat(violations).withFailMessage(() -> violations.stream().map(Object::toString)
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    @Order(3)
    void aWrongCodeCreatesNoAccount() {
        requireOpenSetup();

        SiteClient.Answer answer = http().submitForm("/setup", form("WRONGCODE1"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select("[role=alert]").text()).contains("setup code is not correct");
        assertThat(accountService.count()).isZero();
    }

    @Test
    @Order(4)
    void theCodeFromTheLogCreatesTheFirstAdministratorAndClosesSetup() {
        requireOpenSetup();

        SiteClient.Answer answer = http().submitForm("/setup", form(setup.currentCode().toLowerCase()));

        assertThat(answer.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?setup"));
        assertThat(accountService.findByEmail("editor-in-chief@setup.test").orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(http().get("/setup").status()).isEqualTo(404);
        assertThat(http().submitForm("/login", Map.of("email", "editor-in-chief@setup.test", "password", "set-up-by-the-code"))
                .header("Location").orElseThrow()).endsWith("/newsroom");
    }

    /**
     * The shared context must still have no account. If another test in it made one, this fails
     * loudly instead of skipping: move that test to {@code AccountsAppTest}.
     */
    private void requireOpenSetup() {
        assertThat(setup.available())
                .as("setup needs a site without accounts; a test in AppTest's shared context made one before SetupIT")
                .isTrue();
    }

    private static Map<String, String> form(String code) {
        return Map.of("code", code, "email", "editor-in-chief@setup.test", "displayName", "Editor in Chief",
                "password", "set-up-by-the-code", "confirm", "set-up-by-the-code");
    }
}
