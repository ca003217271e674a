package org.broadsheet.newsroom;

import java.time.ZoneId;

import org.broadsheet.content.Story;
import org.broadsheet.content.StoryEdit;

/**
 * The editor's form, as posted (every field a string, so nothing typed is lost on an error).
 *
 * @param action      "draft", "submit", "publish" or "schedule"; blank keeps the status
 * @param scheduledAt datetime-local in the site's time zone
 */
public record StoryForm(String title, String dek, String body, String slug, String category, String tags,
                        String imageUrl, String imageAlt, String imageCaption, String sourceName, String sourceUrl,
                        String attribution, String canonicalUrl, String originalTitle, String correctionNote,
                        String action, String scheduledAt) {

    static final StoryForm EMPTY = new StoryForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "draft", "");

    public StoryForm {
        title = orEmpty(title);
        dek = orEmpty(dek);
        body = orEmpty(body);
        slug = orEmpty(slug);
        category = orEmpty(category);
        tags = orEmpty(tags);
        imageUrl = orEmpty(imageUrl);
        imageAlt = orEmpty(imageAlt);
        imageCaption = orEmpty(imageCaption);
        sourceName = orEmpty(sourceName);
        sourceUrl = orEmpty(sourceUrl);
        attribution = orEmpty(attribution);
        canonicalUrl = orEmpty(canonicalUrl);
        originalTitle = orEmpty(originalTitle);
        correctionNote = orEmpty(correctionNote);
        action = orEmpty(action);
        scheduledAt = orEmpty(scheduledAt);
    }

    static StoryForm of(Story story, ZoneId zone) {
        StoryEdit e = story.edit();
        String action = switch (story.status()) {
            case PUBLISHED -> "publish";
            case SCHEDULED -> "schedule";
            default -> story.pendingReview() ? "submit" : "draft";
        };
        return new StoryForm(e.title(), e.dek(), e.bodyMarkdown(), e.slug(), e.category(), String.join(", ", e.tags()),
                e.imageUrl(), e.imageAlt(), e.imageCaption(), e.sourceName(), e.sourceUrl(), e.attribution(),
                e.canonicalUrl(), e.originalTitle(), e.correctionNote(), action,
                story.status() == org.broadsheet.content.ArticleStatus.SCHEDULED
                        ? Stories.formatLocal(story.publishedAt(), zone) : "");
    }

    StoryEdit edit() {
        return new StoryEdit(title, dek, body, slug, category, StoryEdit.tagList(tags), imageUrl, imageAlt, imageCaption,
                sourceName, sourceUrl, attribution, canonicalUrl, originalTitle, correctionNote);
    }

    /** Whether the story came from a wire feed (the editor then shows the syndication fields). */
    public boolean syndicated() {
        return !sourceName.isBlank();
    }

    public boolean actionIs(String key) {
        return action.equals(key);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
