package org.broadsheet.content;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.broadsheet.content.ChangeJournal.Change;
import org.broadsheet.content.SiteSettings.SocialProfile;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.Stories.Story;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Slug redirects, the change journal, static pages, settings and contact messages, whatever the
 * database: run by {@link ContentWritesSqliteIT} and {@link ContentWritesPostgresIT}.
 */
abstract class ContentWritesContract extends AppTest {

    @Autowired
    ChangeJournal journal;

    @Autowired
    StaticPageService pages;

    @Autowired
    SiteSettingsService settings;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_changed_slug_leaves_a_redirect_from_every_earlier_slug() {
        Story story = stories().any();
        long id = story.save();
        String second = Unique.slug("second");
        String third = Unique.slug("third");

        articles.changeSlug(id, second);
        articles.changeSlug(id, third);

        assertThat(articles.findPublished(third)).map(Article::id).contains(id);
        assertThat(articles.findPublished(story.slug())).isEmpty();
        assertThat(articles.redirectFor(story.slug())).contains(third);
        assertThat(articles.redirectFor(second)).contains(third);
        assertThat(articles.redirectFor(Unique.slug("never-used"))).isEmpty();
    }

    @Test
    void a_slug_change_onto_a_taken_slug_fails_and_changes_nothing() {
        Story story = stories().any();
        long id = story.save();
        Story other = stories().any();
        other.save();
        long position = position();

        assertThatThrownBy(() -> articles.changeSlug(id, other.slug())).isInstanceOf(RuntimeException.class);

        assertThat(articles.findPublished(story.slug())).map(Article::id).contains(id);
        assertThat(articles.redirectFor(story.slug())).isEmpty();
        assertThat(journal.after(position, 10)).isEmpty();
    }

    @Test
    void every_write_appends_one_change_to_the_journal() {
        Story story = stories().any();
        story.save();
        long position = position();

        long id = stories().any().inCategory(taxonomyOf(story)).by(authorOf(story)).save();
        story.retitled("A new headline").save();
        articles.changeSlug(id, Unique.slug("renamed"));
        long page = pages.save(Unique.slug("page"), "A page", "<p>Text</p>");
        settings.put("test." + Unique.slug("key"), "value");

        long storyId = articles.findPublished(story.slug()).orElseThrow().id();
        assertThat(journal.after(position, 10)).extracting(Change::entity, Change::entityId, Change::action)
                .containsExactly(tuple("article", id, "created"), tuple("article", storyId, "updated"),
                        tuple("article", id, "updated"), tuple("page", page, "created"), tuple("settings", 0L, "updated"));
    }

    @Test
    void a_rolled_back_save_leaves_neither_story_nor_journal_row() {
        Story story = stories().any();
        long position = position();

        transactions.executeWithoutResult(status -> {
            articles.save(story.draft());
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT count(*) FROM article WHERE slug = :slug").param("slug", story.slug())
                .query(Long.class).single()).isZero();
        assertThat(journal.after(position, 10)).isEmpty();
    }

    @Test
    void a_failing_save_writes_no_journal_row_and_leaves_no_new_category_behind() {
        String category = Unique.name("Desk");
        Story broken = stories().any().inCategory(category).status(null);
        long position = position();

        assertThatThrownBy(broken::save).isInstanceOf(RuntimeException.class);

        assertThat(journal.after(position, 10)).isEmpty();
        assertThat(taxonomy.category(Slugs.of(category))).isEmpty();
        long id = stories().any().inCategory(category).save();
        assertThat(taxonomy.category(Slugs.of(category))).map(Category::name).contains(category);
        assertThat(articles.inCategory(taxonomy.category(Slugs.of(category)).orElseThrow(),
                org.broadsheet.platform.web.Cursor.START, 10).items()).extracting(ArticleSummary::id).containsExactly(id);
    }

    @Test
    void a_static_page_is_stored_sanitised_and_replaced_by_slug() {
        String slug = Unique.slug("page");
        long id = pages.save(slug, "Our Ethics", "<h2>Principles</h2><p onclick=\"x()\">We correct errors.</p><script>x()</script>");

        StaticPage page = pages.find(slug).orElseThrow();
        assertThat(page.title()).isEqualTo("Our Ethics");
        assertThat(page.body().html()).isEqualTo("<h2>Principles</h2><p>We correct errors.</p>");

        assertThat(pages.save(slug, "Our Ethics Code", "<p>Updated.</p>")).isEqualTo(id);
        assertThat(pages.find(slug).orElseThrow()).extracting(StaticPage::title, p -> p.body().html())
                .containsExactly("Our Ethics Code", "<p>Updated.</p>");
        assertThat(pages.find(Unique.slug("missing"))).isEmpty();
    }

    @Test
    void settings_and_social_profiles_round_trip() {
        String name = "test." + Unique.slug("key");
        settings.put(name, "first");
        settings.put(name, "second");
        List<SocialProfile> profiles = List.of(
                new SocialProfile("Facebook", "https://facebook.example/us", 248_100, "Followers", "Like"),
                new SocialProfile("YouTube", "https://youtube.example/us", 165_000, "Subscribers", "Subscribe"));

        settings.replaceSocialProfiles(profiles);

        assertThat(settings.value(name)).contains("second");
        assertThat(settings.value("test." + Unique.slug("unset"))).isEmpty();
        assertThat(settings.settings().socialProfiles()).isEqualTo(profiles);
        assertThat(settings.settings().name()).isNotBlank();
    }

    @Test
    void a_settings_change_shows_after_commit_even_when_someone_read_the_settings_meanwhile() {
        String tagline = Unique.name("Tagline");

        transactions.executeWithoutResult(status -> {
            settings.put("site.tagline", tagline);
            CompletableFuture.runAsync(settings::settings).join();
        });

        assertThat(settings.settings().tagline()).isEqualTo(tagline);
    }

    @Test
    void a_message_from_the_contact_form_is_stored() {
        String subject = Unique.name("Correction request");
        SiteClient reader = newReader();

        SiteClient.Answer answer = reader.submitForm("/contact-us", Map.of("name", "  Ada Reader ", "email", "ada@example.org",
                "subject", subject, "message", "The date in your story about the harbour is wrong.", "website", ""));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT name, email, message FROM contact_message WHERE subject = :subject")
                .param("subject", subject).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list())
                .containsExactly(List.of("Ada Reader", "ada@example.org", "The date in your story about the harbour is wrong."));
    }

    private long position() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM content_change").query(Long.class).single();
    }

    private String taxonomyOf(Story story) {
        return articles.findPublished(story.slug()).orElseThrow().category().slug();
    }

    private String authorOf(Story story) {
        return articles.findPublished(story.slug()).orElseThrow().author().name();
    }
}
