package org.broadsheet.api.admin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.broadsheet.accounts.AccessTokens;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Role;
import org.broadsheet.audit.AuditLog;
import org.broadsheet.platform.cli.Command;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The Admin API lets in a valid personal access token, and nothing else. */
class AdminApiTokensIT extends AccountsAppTest {

    @Autowired
    AccessTokens tokens;

    @Autowired
    AuditLog audit;

    @Autowired
    List<Command> commands;

    @Test
    void without_a_token_the_api_answers_401_in_json() {
        SiteClient.Answer answer = newReader().get("/api/admin/me");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("Bearer");
        assertThat(answer.json().get("error").asString()).contains("access token");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void a_token_acts_as_its_account_with_its_role() {
        Account editor = account(Role.EDITOR);
        String token = tokens.create(editor.id(), "CMS bridge").token();

        SiteClient.Answer answer = bearer(newReader(), "GET", "/api/admin/me", token);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("email").asString()).isEqualTo(editor.email());
        assertThat(answer.json().get("role").asString()).isEqualTo("editor");
        assertThat(answer.header("Set-Cookie")).isEmpty();
        assertThat(tokens.ofAccount(editor.id()).getFirst().lastUsedAt()).isNotNull();
    }

    @Test
    void only_the_hash_of_a_token_is_stored() {
        Account author = account(Role.AUTHOR);
        String token = tokens.create(author.id(), "Script").token();

        List<String> stored = jdbc.sql("SELECT token_hash FROM access_token WHERE account_id = :id")
                .param("id", author.id()).query(String.class).list();

        assertThat(token).startsWith(AccessTokens.PREFIX);
        assertThat(stored).hasSize(1).doesNotContain(token).allSatisfy(h -> assertThat(h).hasSize(64));
    }

    @Test
    void unknown_revoked_and_disabled_accounts_tokens_get_401() {
        Account author = account(Role.AUTHOR);
        AccessTokens.CreatedToken revoked = tokens.create(author.id(), "Old laptop");
        tokens.revoke(revoked.id());
        Account leaver = account(Role.EDITOR);
        String leaversToken = tokens.create(leaver.id(), "Leaver").token();
        jdbc.sql("UPDATE account SET disabled = TRUE WHERE id = :id").param("id", leaver.id()).update();

        assertThat(bearer(newReader(), "GET", "/api/admin/me", "bst_not-a-real-token").status()).isEqualTo(401);
        assertThat(bearer(newReader(), "GET", "/api/admin/me", revoked.token()).status()).isEqualTo(401);
        assertThat(bearer(newReader(), "GET", "/api/admin/me", leaversToken).status()).isEqualTo(401);
        assertThat(newReader().get("/api/admin/me", "Authorization", "Basic YWRtaW46YWRtaW4=").status()).isEqualTo(401);
    }

    @Test
    void a_signed_in_browser_session_is_not_a_way_into_the_api() {
        SiteClient browser = signedIn(account(Role.ADMINISTRATOR));

        assertThat(browser.get("/newsroom").status()).isEqualTo(200);
        assertThat(browser.get("/api/admin/me").status()).isEqualTo(401);
    }

    @Test
    void api_calls_need_no_csrf_token_and_errors_stay_json() {
        String token = tokens.create(account(Role.EDITOR).id(), "No CSRF").token();

        SiteClient.Answer answer = bearer(newReader(), "POST", "/api/admin/me", token);

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.json().get("error").asString()).isNotBlank();
    }

    @Test
    void the_command_line_prints_a_token_once_and_audits_it() {
        Account editor = account(Role.EDITOR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = command("token").run(List.of("create", "--user", editor.email(), "--name", "Wire desk"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String token = out.toString(StandardCharsets.UTF_8).strip();

        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("shown only now");
        assertThat(bearer(newReader(), "GET", "/api/admin/me", token).json().get("email").asString()).isEqualTo(editor.email());
        assertThat(audit.page(null, "token", null, 20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("token created");
            assertThat(entry.summary()).contains("Wire desk", editor.email());
            assertThat(entry.actorId()).isNull();
        });
    }

    @Test
    void the_command_line_explains_bad_usage_and_unknown_accounts() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(command("token").run(List.of("create", "--name", "No user"), out, errors)).isEqualTo(2);
        assertThat(command("token").run(List.of("create", "--user", "nobody@broadsheet.test", "--name", "X"), out, errors))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: token create", "No account has the address");
    }

    private Command command(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static SiteClient.Answer bearer(SiteClient client, String method, String path, String token) {
        return client.send(method, path, null, "Authorization", "Bearer " + token);
    }
}
