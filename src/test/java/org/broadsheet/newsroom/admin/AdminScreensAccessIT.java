package org.broadsheet.newsroom.admin;

import java.util.Map;

import org.broadsheet.accounts.Role;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role × action matrix of the administration screens: each role opens each screen (GET) and
 * sends its form (POST, with input the screen refuses, so nothing changes: 400 means "let in").
 * Anonymous readers are sent to sign in, subscribers are turned away (403). The audit log and
 * the outbox only read.
 */
class AdminScreensAccessIT extends AccountsAppTest {

    @ParameterizedTest(name = "{0} on {1}: GET {2}, POST {3}")
    @CsvSource({
            "ANONYMOUS,     /newsroom/settings,   302, 302",
            "SUBSCRIBER,    /newsroom/settings,   403, 403",
            "CONTRIBUTOR,   /newsroom/settings,   403, 403",
            "AUTHOR,        /newsroom/settings,   403, 403",
            "EDITOR,        /newsroom/settings,   403, 403",
            "ADMINISTRATOR, /newsroom/settings,   200, 400",
            "ANONYMOUS,     /newsroom/categories, 302, 302",
            "SUBSCRIBER,    /newsroom/categories, 403, 403",
            "CONTRIBUTOR,   /newsroom/categories, 403, 403",
            "AUTHOR,        /newsroom/categories, 403, 403",
            "EDITOR,        /newsroom/categories, 200, 400",
            "ADMINISTRATOR, /newsroom/categories, 200, 400",
            "ANONYMOUS,     /newsroom/pages,      302, 302",
            "SUBSCRIBER,    /newsroom/pages,      403, 403",
            "CONTRIBUTOR,   /newsroom/pages,      403, 403",
            "AUTHOR,        /newsroom/pages,      403, 403",
            "EDITOR,        /newsroom/pages,      200, 400",
            "ADMINISTRATOR, /newsroom/pages,      200, 400",
            "ANONYMOUS,     /newsroom/users,      302, 302",
            "SUBSCRIBER,    /newsroom/users,      403, 403",
            "CONTRIBUTOR,   /newsroom/users,      403, 403",
            "AUTHOR,        /newsroom/users,      403, 403",
            "EDITOR,        /newsroom/users,      403, 403",
            "ADMINISTRATOR, /newsroom/users,      200, 400",
            "ANONYMOUS,     /newsroom/tokens,     302, 302",
            "SUBSCRIBER,    /newsroom/tokens,     403, 403",
            "CONTRIBUTOR,   /newsroom/tokens,     200, 400",
            "AUTHOR,        /newsroom/tokens,     200, 400",
            "EDITOR,        /newsroom/tokens,     200, 400",
            "ADMINISTRATOR, /newsroom/tokens,     200, 400",
            "ANONYMOUS,     /newsroom/audit,      302, -1",
            "SUBSCRIBER,    /newsroom/audit,      403, -1",
            "CONTRIBUTOR,   /newsroom/audit,      403, -1",
            "AUTHOR,        /newsroom/audit,      403, -1",
            "EDITOR,        /newsroom/audit,      403, -1",
            "ADMINISTRATOR, /newsroom/audit,      200, -1",
            "ANONYMOUS,     /newsroom/outbox,     302, -1",
            "SUBSCRIBER,    /newsroom/outbox,     403, -1",
            "CONTRIBUTOR,   /newsroom/outbox,     403, -1",
            "AUTHOR,        /newsroom/outbox,     403, -1",
            "EDITOR,        /newsroom/outbox,     403, -1",
            "ADMINISTRATOR, /newsroom/outbox,     200, -1"})
    void eachRoleReachesOnlyItsScreens(String who, String path, int get, int post) {
        boolean anonymous = "ANONYMOUS".equals(who);
        SiteClient client = anonymous ? newReader() : signedIn(account(Role.valueOf(who)));

        SiteClient.Answer page = client.get(path);
        assertThat(page.status()).as("GET " + path).isEqualTo(get);
        if (anonymous) {
            assertThat(page.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        if (post > 0) {
            // a page of the same client that has a form token: /login for anonymous readers, /account for the others
            SiteClient.Answer sent = client.submitForm(anonymous ? "/login" : "/account", path, refusedInput(path));
            assertThat(sent.status()).as("POST " + path + ": " + sent).isEqualTo(post);
        }
    }

    /** A form each screen refuses (an empty name, title or address), so the matrix changes nothing. */
    private static Map<String, String> refusedInput(String path) {
        return switch (path) {
            case "/newsroom/settings" -> Map.of("name", "", "timeZone", "UTC");
            case "/newsroom/categories" -> Map.of("name", "");
            case "/newsroom/pages" -> Map.of("title", "", "format", "markdown", "body", "");
            case "/newsroom/users" -> Map.of("email", "not-an-address", "displayName", "X", "role", "author");
            case "/newsroom/tokens" -> Map.of("name", "");
            default -> throw new IllegalArgumentException(path);
        };
    }
}
