package org.broadsheet.newsroom.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.accounts.AccessTokens;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Role;
import org.broadsheet.content.Category;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.content.TaxonomyEditing;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.Eventually;
import org.broadsheet.testsupport.Mails;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What administrators and editors do on the settings, categories, pages, users, tokens and audit screens. */
class AdminScreensIT extends AccountsAppTest {

    private static final Pattern TOKEN = Pattern.compile("value=\"(bst_[A-Za-z0-9_-]+)\"");

    @Autowired
    SiteSettingsService settings;

    @Autowired
    TaxonomyEditing taxonomy;

    @Test
    void aPostWithoutTheFormTokenIsRefused() {
        SiteClient admin = signedIn(account(Role.ADMINISTRATOR));

        SiteClient.Answer answer = admin.postForm("/newsroom/settings", Map.of("name", "No token"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(settings.settings().name()).isNotEqualTo("No token");
    }

    @Test
    void aNewSiteNameAndPrivacyLinkShowOnTheHomePageAndInTheAuditLog() {
        SiteClient admin = signedIn(account(Role.ADMINISTRATOR));
        Map<String, String> form = currentSettings(admin);
        String original = form.get("name");
        String originalPrivacy = form.get("privacyUrl");
        String name = "Daily " + Unique.slug("paper");
        try {
            form.put("name", name);
            form.put("privacyUrl", "/mission-and-vision");
            SiteClient.Answer saved = admin.submitForm("/newsroom/settings", form);

            assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
            var home = newReader().get("/").html();
            assertThat(home.select(".brand-name").text()).contains(name);
            assertThat(home.select("#consent a").first().attr("href")).isEqualTo("/mission-and-vision");
            assertThat(admin.get("/newsroom/audit?type=setting").html().select("table").text())
                    .contains("changed the site settings");
        } finally {
            form.put("name", original);
            form.put("privacyUrl", originalPrivacy);
            admin.submitForm("/newsroom/settings", form);
        }
    }

    @Test
    void aSettingsChangeMadeByAnotherNodeReachesThisOne() {
        String original = settings.settings().name();
        String name = "Other node " + Unique.slug("n");
        newReader().get("/");
        try {
            // what another node sharing the database writes: the setting and its journal entry
            jdbc.sql("UPDATE site_setting SET value = :name WHERE name = 'site.name'").param("name", name).update();
            jdbc.sql("INSERT INTO content_change (entity, entity_id, action, changed_at) VALUES ('settings', 0, 'updated', 0)")
                    .update();

            Eventually.eventually(Duration.ofSeconds(10),
                    () -> assertThat(newReader().get("/").html().select(".brand-name").text()).contains(name));
        } finally {
            settings.put("site.name", original);
        }
    }

    @Test
    void aTimeZoneThatDoesNotExistIsRefusedNextToItsField() {
        SiteClient admin = signedIn(account(Role.ADMINISTRATOR));
        Map<String, String> form = currentSettings(admin);
        form.put("timeZone", "Mars/Olympus");
        form.put("tagline", "Kept when refused");

        SiteClient.Answer answer = admin.submitForm("/newsroom/settings", form);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select("#settings-zone-error").text()).contains("not a time zone");
        assertThat(answer.html().select("#settings-tagline").attr("value")).isEqualTo("Kept when refused");
    }

    @Test
    void aCategoryCannotBecomeItsOwnGrandchild() {
        SiteClient editor = signedIn(account(Role.EDITOR));
        Category top = taxonomy.createCategory("Top " + Unique.slug("c"), "", "", null);
        Category child = taxonomy.createCategory("Child " + Unique.slug("c"), "", "", top.id());

        SiteClient.Answer answer = editor.submitForm("/newsroom/categories/" + top.id(), "/newsroom/categories/" + top.id(),
                Map.of("name", top.name(), "slug", top.slug(), "description", "", "parentId", Long.toString(child.id())));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select("#category-parent-error").text())
                .isEqualTo("A category cannot sit under itself or one of its own subcategories.");
    }

    @Test
    void aCategoryWithStoriesIsDeletedOnlyWithSomewhereToMoveThem() {
        SiteClient editor = signedIn(account(Role.EDITOR));
        Category doomed = taxonomy.createCategory("Doomed " + Unique.slug("c"), "", "", null);
        Category target = taxonomy.createCategory("Target " + Unique.slug("c"), "", "", null);
        long author = jdbc.sql("SELECT id FROM author ORDER BY id LIMIT 1").query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("INSERT INTO author (slug, name) VALUES ('a-" + Unique.slug("x") + "', 'A') RETURNING id")
                        .query(Long.class).single());
        jdbc.sql("""
                INSERT INTO article (slug, title, status, updated_at, created_at, author_id, category_id)
                VALUES (:slug, 'Moving story', 'draft', 0, 0, :author, :category)
                """).param("slug", Unique.slug("story")).param("author", author).param("category", doomed.id()).update();
        String path = "/newsroom/categories/" + doomed.id();

        SiteClient.Answer refused = editor.submitForm(path, path + "/delete", Map.of());
        SiteClient.Answer deleted = editor.submitForm(path, path + "/delete", Map.of("moveTo", Long.toString(target.id())));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select("#category-move-error").text()).contains("has 1 story");
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE category_id = :id").param("id", target.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPageWrittenInMarkdownIsPublicAtItsAddress() {
        SiteClient editor = signedIn(account(Role.EDITOR));
        String slug = Unique.slug("page");

        SiteClient.Answer saved = editor.submitForm("/newsroom/pages/new", "/newsroom/pages", Map.of("title", "Our team",
                "slug", slug, "format", "markdown", "body", "We are **few**.<script>alert(1)</script>"));
        SiteClient.Answer page = newReader().get("/" + slug);

        assertThat(saved.status()).isEqualTo(302);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("main strong").text()).isEqualTo("few");
        assertThat(page.body()).doesNotContain("alert(1)");
    }

    @Test
    void theLastAdministratorCannotBeDemoted() {
        Account admin = account(Role.ADMINISTRATOR);
        SiteClient client = signedIn(admin);
        List<Long> others = jdbc.sql("SELECT id FROM account WHERE role = 'administrator' AND disabled = FALSE AND id <> :id")
                .param("id", admin.id()).query(Long.class).list();
        try {
            others.forEach(id -> jdbc.sql("UPDATE account SET disabled = TRUE WHERE id = :id").param("id", id).update());

            SiteClient.Answer answer = client.submitForm("/newsroom/users", "/newsroom/users/" + admin.id() + "/role",
                    Map.of("role", "editor"));
            SiteClient.Answer disable = client.submitForm("/newsroom/users", "/newsroom/users/" + admin.id() + "/disabled",
                    Map.of("disabled", "true"));

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.html().select("[role=alert]").text()).contains("last administrator");
            assertThat(disable.status()).isEqualTo(400);
            assertThat(accounts.find(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);
        } finally {
            others.forEach(id -> jdbc.sql("UPDATE account SET disabled = FALSE WHERE id = :id").param("id", id).update());
        }
    }

    @Test
    void aDisabledAccountCannotSignInAndLosesItsOpenSession() {
        SiteClient admin = signedIn(account(Role.ADMINISTRATOR));
        Account author = account(Role.AUTHOR);
        SiteClient authorsBrowser = signedIn(author);

        SiteClient.Answer answer = admin.submitForm("/newsroom/users", "/newsroom/users/" + author.id() + "/disabled",
                Map.of("disabled", "true"));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(signIn(newReader(), author.email(), PASSWORD).header("Location").orElseThrow()).endsWith("/login?error");
        assertThat(authorsBrowser.get("/newsroom/tokens").status()).isEqualTo(403);
        admin.submitForm("/newsroom/users", "/newsroom/users/" + author.id() + "/disabled", Map.of("disabled", "false"));
        assertThat(signIn(newReader(), author.email(), PASSWORD).header("Location").orElseThrow()).endsWith("/newsroom");
    }

    @Test
    void anInvitedPersonGetsAMailToChooseTheirPassword() throws Exception {
        SiteClient admin = signedIn(account(Role.ADMINISTRATOR));
        String email = Unique.slug("invited") + "@broadsheet.test";

        SiteClient.Answer answer = admin.submitForm("/newsroom/users", Map.of("email", email, "displayName", "New Colleague",
                "role", "editor"));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(accounts.findByEmail(email).orElseThrow().role()).isEqualTo(Role.EDITOR);
        String body = Mails.bodyTo(MAIL, email);
        assertThat(body).contains("/password/reset?token=");
    }

    @Test
    void aNewTokenIsShownOnceAndARevokedTokenGets401() {
        Account author = account(Role.AUTHOR);
        SiteClient client = signedIn(author);

        SiteClient.Answer created = client.submitForm("/newsroom/tokens", Map.of("name", "My script"));
        Matcher token = TOKEN.matcher(created.body());
        assertThat(token.find()).as(created.toString()).isTrue();
        String secret = token.group(1);
        SiteClient.Answer listed = client.get("/newsroom/tokens");
        long id = jdbc.sql("SELECT id FROM access_token WHERE account_id = :id").param("id", author.id()).query(Long.class).single();
        SiteClient.Answer before = newReader().send("GET", "/api/admin/me", null, "Authorization", "Bearer " + secret);
        client.submitForm("/newsroom/tokens", "/newsroom/tokens/" + id + "/revoke", Map.of());
        SiteClient.Answer after = newReader().send("GET", "/api/admin/me", null, "Authorization", "Bearer " + secret);

        assertThat(listed.body()).contains("My script").doesNotContain(secret);
        assertThat(before.status()).isEqualTo(200);
        assertThat(after.status()).isEqualTo(401);
    }

    @Test
    void nobodyRevokesSomeoneElsesTokenButAnAdministrator(@Autowired AccessTokens tokens) {
        Account owner = account(Role.EDITOR);
        long id = tokens.create(owner.id(), "Owner's").id();

        SiteClient.Answer byOther = signedIn(account(Role.EDITOR)).submitForm("/newsroom/tokens",
                "/newsroom/tokens/" + id + "/revoke", Map.of());
        SiteClient.Answer byAdmin = signedIn(account(Role.ADMINISTRATOR)).submitForm("/newsroom/tokens",
                "/newsroom/tokens/" + id + "/revoke", Map.of());

        assertThat(byOther.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(302);
        assertThat(tokens.find(id).orElseThrow().active()).isFalse();
    }

    @Test
    void theOutboxShowsAMailEscaped() {
        SiteClient admin = signedIn(account(Role.ADMINISTRATOR));
        jdbc.sql("""
                INSERT INTO outbox (recipient, subject, body, delivery, created_at)
                VALUES ('reader@broadsheet.test', 'Hello <b>there</b>', '<script>alert(1)</script> text', 'log', :now)
                """).param("now", System.currentTimeMillis() + 60_000).update();

        SiteClient.Answer list = admin.get("/newsroom/outbox");
        String href = list.html().select(".outbox-table a").first().attr("href");
        SiteClient.Answer mail = admin.get(href);

        assertThat(list.html().select(".outbox-table td").text()).contains("Hello <b>there</b>", "Only logged");
        assertThat(mail.body()).contains("&lt;script&gt;alert(1)").doesNotContain("<script>alert(1)");
    }

    /** The settings form's fields as the screen shows them now. */
    private static Map<String, String> currentSettings(SiteClient admin) {
        var html = admin.get("/newsroom/settings").html();
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (String name : List.of("name", "tagline", "logoUrl", "timeZone", "privacyUrl", "termsUrl")) {
            form.put(name, html.select("input[name=" + name + "]").attr("value"));
        }
        for (String name : List.of("about", "footer", "social")) {
            form.put(name, html.select("textarea[name=" + name + "]").first().wholeText());
        }
        return form;
    }
}
