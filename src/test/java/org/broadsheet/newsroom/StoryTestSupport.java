package org.broadsheet.newsroom;

import java.util.LinkedHashMap;
import java.util.Map;

import org.broadsheet.accounts.Account;
import org.broadsheet.content.StoryAction;
import org.broadsheet.content.StoryEdit;
import org.broadsheet.content.StoryService;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.Unique;
import org.springframework.beans.factory.annotation.Autowired;

/** What the story tests share: stories written straight through the service, and the editor's form fields. */
abstract class StoryTestSupport extends AccountsAppTest {

    @Autowired
    protected StoryService stories;

    /** A draft (or with {@code action}, a published or scheduled story) owned by {@code owner}. */
    protected long storyOf(Account owner, StoryAction action) {
        return stories.create(Stories.actor(owner), StoryEdit.of("Story " + Unique.slug("by"), "First paragraph."),
                action, null);
    }

    /** The editor's fields for a story with this headline and body. */
    protected static Map<String, String> fields(String title, String body, String action) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("dek", "");
        fields.put("body", body);
        fields.put("slug", "");
        fields.put("tags", "");
        fields.put("action", action);
        return fields;
    }

    /** Posts the editor's form (with a CSRF token from a page the viewer can open). */
    protected static SiteClient.Answer post(SiteClient client, String action, Map<String, String> fields) {
        return client.submitForm("/account", action, fields);
    }

    /** The id at the end of a redirect to the editor ("/newsroom/stories/12?saved=draft"). */
    protected static long idFrom(SiteClient.Answer answer) {
        String location = answer.header("Location").orElseThrow(() -> new AssertionError("no redirect: " + answer));
        return Long.parseLong(location.replaceAll(".*/newsroom/stories/(\\d+).*", "$1"));
    }
}
