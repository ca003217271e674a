package org.broadsheet.newsroom;

import java.util.List;
import java.util.Map;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Role;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.StoryAction;
import org.broadsheet.content.StoryRevision;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.Unique;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor through its routes: saving, errors, slugs, previews, autosave and revisions. */
class StoryEditorIT extends StoryTestSupport {

    @Autowired
    ArticleService articles;

    @Test
    void anEditorPostWithoutACsrfTokenIsRefused() {
        SiteClient client = signedIn(account(Role.EDITOR));

        SiteClient.Answer answer = client.postForm("/newsroom/stories", fields("No token", "Text.", "draft"));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void aStoryWithoutAHeadlineIsNotSavedAndNothingTypedIsLost() {
        SiteClient client = signedIn(account(Role.AUTHOR));

        SiteClient.Answer answer = post(client, "/newsroom/stories", fields("", "A body worth keeping.", "draft"));

        assertThat(answer.status()).isEqualTo(400);
        Document page = answer.html();
        assertThat(page.select("#title-error").text()).isEqualTo("Give the story a headline.");
        assertThat(page.select("#body").text()).isEqualTo("A body worth keeping.");
    }

    @Test
    void aPublishedStoryShowsOnTheSiteWithItsCorrectionNote() {
        SiteClient client = signedIn(account(Role.AUTHOR));
        String title = "Council votes " + Unique.slug("x");
        Map<String, String> fields = fields(title, "The council **voted**.", "publish");
        fields.put("correctionNote", "An earlier version misspelt the mayor's name.");

        long id = idFrom(post(client, "/newsroom/stories", fields));
        String slug = stories.find(Stories.actor(account(Role.EDITOR)), id).edit().slug();
        Document story = newReader().get("/story/" + slug).html();

        assertThat(story.select("h1.story-title").text()).isEqualTo(title);
        assertThat(story.select(".story-body strong, article strong").text()).contains("voted");
        assertThat(story.select(".correction").text()).contains("An earlier version misspelt the mayor's name.");
    }

    @Test
    void changingTheSlugOfAPublishedStoryLeavesAPermanentRedirect() {
        Account author = account(Role.AUTHOR);
        SiteClient client = signedIn(author);
        String oldSlug = Unique.slug("old-address");
        String newSlug = Unique.slug("new-address");
        Map<String, String> fields = fields("Moving story", "Text.", "publish");
        fields.put("slug", oldSlug);
        long id = idFrom(post(client, "/newsroom/stories", fields));

        fields.put("slug", newSlug);
        assertThat(post(client, "/newsroom/stories/" + id, fields).status()).isEqualTo(302);
        SiteClient.Answer old = newReader().get("/story/" + oldSlug);

        assertThat(old.status()).isEqualTo(301);
        assertThat(old.header("Location").orElseThrow()).endsWith("/story/" + newSlug);
        assertThat(newReader().get("/story/" + newSlug).status()).isEqualTo(200);
    }

    @Test
    void aPreviewOfAnUnpublishedStoryIsForThoseWhoMayEditIt() {
        Account writer = account(Role.CONTRIBUTOR);
        long draft = storyOf(writer, StoryAction.DRAFT);

        SiteClient.Answer own = signedIn(writer).get("/newsroom/stories/" + draft + "/preview");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(own.html().select("h1.story-title").text()).startsWith("Story ");
        assertThat(own.html().select("article.story").attr("data-story-id")).as("a preview is not counted as a read").isEmpty();
        assertThat(signedIn(account(Role.CONTRIBUTOR)).get("/newsroom/stories/" + draft + "/preview").status()).isEqualTo(404);
        assertThat(signedIn(account(Role.SUBSCRIBER)).get("/newsroom/stories/" + draft + "/preview").status()).isEqualTo(404);
        assertThat(newReader().get("/story/" + stories.find(Stories.actor(writer), draft).edit().slug()).status()).isEqualTo(404);
    }

    @Test
    void anImportedStoryKeepsItsHtmlBodyWhenAnEditorSavesIt() {
        String slug = Unique.slug("imported");
        long id = articles.save(new ArticleDraft(slug, "Imported story", "", "<p>First imported paragraph.</p>\n<p>Second one.</p>",
                null, ArticleStatus.PUBLISHED, false, null, null, "Wire Desk", "News", List.of(), null, null, null)).id();
        SiteClient editor = signedIn(account(Role.EDITOR));
        Document form = editor.get("/newsroom/stories/" + id).html();
        Map<String, String> fields = fields("Imported story, retitled", form.select("#body").text(), "publish");
        fields.put("category", form.select("#category option[selected]").attr("value"));

        assertThat(post(editor, "/newsroom/stories/" + id, fields).status()).isEqualTo(302);
        Document story = newReader().get("/story/" + slug).html();

        assertThat(story.select("h1.story-title").text()).isEqualTo("Imported story, retitled");
        assertThat(story.text()).contains("First imported paragraph.").contains("Second one.");
        assertThat(signedIn(account(Role.AUTHOR)).get("/newsroom/stories/" + id).status()).as("no owner: editors only").isEqualTo(404);
    }

    @Test
    void theLivePreviewRendersMarkdownAsSanitisedHtml() {
        SiteClient client = signedIn(account(Role.CONTRIBUTOR));

        SiteClient.Answer answer = client.submitForm("/account", "/newsroom/stories/preview",
                Map.of("body", "## Heading\n\nSome *text*.\n\n<script>alert(1)</script>"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<h2>Heading</h2>").contains("<em>text</em>").doesNotContain("<script");
    }

    @Test
    void tagSuggestionsComeFromKnownTags() {
        Account author = account(Role.AUTHOR);
        String tag = "Zebra " + Unique.slug("crossing");
        Map<String, String> fields = fields("Tagged story", "Text.", "draft");
        fields.put("tags", tag + ", Roads");
        SiteClient client = signedIn(author);
        post(client, "/newsroom/stories", fields);

        SiteClient.Answer answer = client.get("/newsroom/tags/suggest?q=zebra");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().isArray()).isTrue();
        assertThat(answer.body()).contains("\"" + tag + "\"");
    }

    @Test
    void autosaveKeepsOneAutosaveRevisionAndDoesNotPublish() {
        Account author = account(Role.AUTHOR);
        SiteClient client = signedIn(author);
        long id = idFrom(post(client, "/newsroom/stories", fields("Autosaved story", "One.", "draft")));

        for (String body : List.of("One. Two.", "One. Two. Three.", "One. Two. Three. Four.")) {
            SiteClient.Answer answer = client.submitForm("/account", "/newsroom/stories/" + id + "/autosave",
                    fields("Autosaved story", body, "publish"));
            assertThat(answer.status()).isEqualTo(200);
        }
        List<StoryRevision> revisions = stories.revisions(Stories.actor(author), id);

        assertThat(revisions).extracting(StoryRevision::kind).containsExactly("autosave", "save");
        assertThat(revisions.getFirst().edit().bodyMarkdown()).isEqualTo("One. Two. Three. Four.");
        assertThat(stories.find(Stories.actor(author), id).statusLabel()).isEqualTo("Draft");
    }

    @Test
    void revisionsShowWhatChangedAndAnOldOneCanBeBroughtBack() {
        Account author = account(Role.AUTHOR);
        SiteClient client = signedIn(author);
        long id = idFrom(post(client, "/newsroom/stories", fields("Revised story", "First line.\nThe old second line.", "draft")));
        post(client, "/newsroom/stories/" + id, fields("Revised story", "First line.\nThe new second line.", "draft"));
        List<StoryRevision> revisions = stories.revisions(Stories.actor(author), id);
        long first = revisions.getLast().id();
        long second = revisions.getFirst().id();

        Document diff = client.get("/newsroom/stories/" + id + "/revisions/diff?from=" + first + "&to=" + second).html();
        assertThat(diff.select("del").text()).contains("The old second line.");
        assertThat(diff.select("ins").text()).contains("The new second line.");
        assertThat(client.get("/newsroom/stories/" + id).html().select(".revisions tbody tr")).hasSize(2);

        SiteClient.Answer restored = client.submitForm("/newsroom/stories/" + id,
                "/newsroom/stories/" + id + "/revisions/" + first + "/restore", Map.of());

        assertThat(restored.status()).isEqualTo(302);
        assertThat(stories.find(Stories.actor(author), id).edit().bodyMarkdown()).isEqualTo("First line.\nThe old second line.");
        assertThat(stories.revisions(Stories.actor(author), id)).extracting(StoryRevision::kind)
                .containsExactly("restore", "save", "save");
    }

    @Test
    void theStoriesListFiltersByHeadlineAndPagesAreBounded() {
        Account author = account(Role.AUTHOR);
        SiteClient client = signedIn(author);
        String word = Unique.slug("needle");
        post(client, "/newsroom/stories", fields("A " + word + " in a haystack", "Text.", "draft"));
        post(client, "/newsroom/stories", fields("Just hay", "Text.", "draft"));

        Document list = client.get("/newsroom/stories?status=draft&title=" + word).html();

        assertThat(list.select(".story-table tbody tr")).hasSize(1);
        assertThat(list.select(".story-table tbody tr a").text()).contains(word);
        assertThat(client.get("/newsroom/stories?page=100000").status()).isEqualTo(400);
        assertThat(client.get("/newsroom/stories?status=nonsense").status()).isEqualTo(400);
    }

    @Test
    void theDashboardShowsMyDraftsAndTheReviewQueueSize() {
        Account contributor = account(Role.CONTRIBUTOR);
        SiteClient client = signedIn(contributor);
        post(client, "/newsroom/stories", fields("Draft on the dashboard", "Text.", "draft"));
        post(client, "/newsroom/stories", fields("Waiting for an editor", "Text.", "submit"));

        Document dashboard = client.get("/newsroom").html();

        assertThat(dashboard.select("section[aria-labelledby=drafts-heading] li").text())
                .contains("Draft on the dashboard").contains("Waiting for an editor");
        assertThat(dashboard.select(".dashboard-count").text()).isEqualTo("1");
        assertThat(dashboard.select("a[href=/newsroom/stories/new]")).isNotEmpty();
    }
}
