package org.broadsheet.content;

import java.util.List;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountException;
import org.broadsheet.accounts.AccountService;
import org.broadsheet.accounts.Role;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.OnPostgres;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SQL of the site administration screens on PostgreSQL (their other tests run on SQLite). */
@OnPostgres
class SiteAdminStorePostgresIT extends AppTest {

    @Autowired
    TaxonomyEditing editing;
    @Autowired
    TaxonomyService taxonomy;
    @Autowired
    StaticPageService pages;
    @Autowired
    SiteSettingsService settings;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void categoriesAreMadeMovedAndDeletedWithTheirStories() {
        Category parent = editing.createCategory("Pg parent " + Unique.slug("c"), "", "", null);
        Category child = editing.createCategory("Pg child " + Unique.slug("c"), "", "About", parent.id());
        Category target = editing.createCategory("Pg target " + Unique.slug("c"), "", "", null);

        assertThatThrownBy(() -> editing.updateCategory(parent.id(), parent.name(), parent.slug(), "", child.id()))
                .isInstanceOf(InputProblem.class).hasMessageContaining("subcategories");
        editing.setMenu(List.of(target.id(), parent.id()));
        String moved = Unique.slug("pg-moved");
        editing.updateCategory(child.id(), child.name(), moved, "About", parent.id());
        assertThat(taxonomy.categoryRedirect(child.slug())).contains(moved);
        editing.deleteCategory(parent.id(), target.id());

        assertThat(taxonomy.category(child.id()).orElseThrow().parentId()).isNull();
        assertThat(taxonomy.menuCategories()).extracting(Category::id).containsExactly(target.id());
        assertThat(editing.categoryCounts()).extracting(TaxonomyCount::id).contains(child.id(), target.id());
    }

    @Test
    void tagsAreRenamedMergedAndDeleted() {
        Tag a = editing.createTag("Pg tag " + Unique.slug("a"), "");
        Tag b = editing.createTag("Pg tag " + Unique.slug("b"), "");

        String renamed = Unique.slug("pg-renamed");
        editing.renameTag(a.id(), "Renamed", renamed);
        assertThat(taxonomy.tagRedirect(a.slug())).contains(renamed);
        editing.mergeTag(a.id(), b.id());
        assertThat(taxonomy.tagRedirect(a.slug())).contains(b.slug());
        assertThat(taxonomy.tagRedirect(renamed)).contains(b.slug());
        editing.deleteTag(b.id());
        assertThat(taxonomy.tagRedirect(a.slug())).isEmpty();

        assertThat(editing.tag(a.id())).isEmpty();
        assertThat(editing.tag(b.id())).isEmpty();
        assertThat(editing.tagCounts(10, 0)).isNotNull();
    }

    @Test
    void pagesAndSettingsAreSaved() {
        String slug = Unique.slug("pg-page");
        long id = pages.save(null, slug, "Pg page", "*Hi*", true);
        SiteSettings before = settings.settings();
        try {
            settings.update(update(before, "Europe/Paris", true));

            assertThat(settings.settings().timeZone().getId()).isEqualTo("Europe/Paris");
            assertThat(settings.settings().signUpOpen()).isTrue();
            assertThat(settings.settings().footerGroups()).isEqualTo(before.footerGroups());
        } finally {
            settings.update(update(before, before.timeZone().getId(), false));
        }
        assertThat(pages.editable(id).orElseThrow().bodyHtml()).contains("<em>Hi</em>");
        assertThat(pages.delete(id)).isTrue();
    }

    private static SiteSettingsService.Update update(SiteSettings s, String zone, boolean signUp) {
        return new SiteSettingsService.Update(s.name(), s.tagline(), s.logoUrl(), s.about(), zone, s.privacyUrl(),
                s.termsUrl(), signUp, s.footerGroups(), s.socialProfiles());
    }

    @Test
    void rolesChangeAndAccountsAreDisabled() {
        Account author = accounts.create(Unique.slug("pg-user") + "@broadsheet.test", "Pg User",
                "a-long-enough-passphrase", Role.AUTHOR);

        assertThat(accounts.changeRole(author.id(), Role.EDITOR).role()).isEqualTo(Role.EDITOR);
        assertThat(accounts.setDisabled(author.id(), true).disabled()).isTrue();
        assertThat(accounts.list(1000, 0)).extracting(Account::id).contains(author.id());
        jdbc.sql("INSERT INTO sign_up (token_hash, email, display_name, password_hash, created_at, expires_at) "
                + "VALUES ('x" + Unique.slug("h") + "', 'a@b.test', 'A', NULL, 0, 1)").update();
        assertThatThrownBy(() -> accounts.changeRole(-1, Role.EDITOR)).isInstanceOf(AccountException.class);
    }
}
