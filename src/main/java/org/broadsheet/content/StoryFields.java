package org.broadsheet.content;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.content.ArticleRepository.StoredArticle;
import org.broadsheet.content.StoryRepository.Ownership;
import org.springframework.stereotype.Component;

/** What a story must be to be saved (one message per field), and how its fields map to and from the article row. */
@Component
class StoryFields {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 200_000;

    private final StoryRepository stories;
    private final TaxonomyService taxonomy;

    StoryFields(StoryRepository stories, TaxonomyService taxonomy) {
        this.stories = stories;
        this.taxonomy = taxonomy;
    }

    void validate(StoryEdit edit, StoryAction action, Instant scheduledAt, long id, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(edit.title())) {
            errors.put("title", "Give the story a headline.");
        } else if (edit.title().strip().length() > MAX_TITLE) {
            errors.put("title", "Keep the headline under " + MAX_TITLE + " characters.");
        }
        if (edit.bodyMarkdown() != null && edit.bodyMarkdown().length() > MAX_BODY) {
            errors.put("body", "The story is too long (at most " + MAX_BODY + " characters).");
        }
        if (blank(edit.slug()) || !Slugs.isValid(edit.slug())) {
            errors.put("slug", "Use lowercase letters, digits and hyphens only, such as “city-budget-vote”.");
        } else if (stories.slugTaken(edit.slug(), id)) {
            errors.put("slug", "Another story already uses this address; pick another one.");
        }
        if (!blank(edit.category()) && taxonomy.category(edit.category().strip()).isEmpty()) {
            errors.put("category", "Pick one of the categories.");
        }
        if (!blank(edit.imageUrl())) {
            if (!url(edit.imageUrl()) && !edit.imageUrl().startsWith("/")) {
                errors.put("imageUrl", "Give an address that starts with https://, http:// or /.");
            }
            if (blank(edit.imageAlt())) {
                errors.put("imageAlt", "Describe the picture for readers who cannot see it.");
            }
        }
        if (!blank(edit.sourceUrl()) && !url(edit.sourceUrl())) {
            errors.put("sourceUrl", "Give an address that starts with https:// or http://.");
        }
        if (!blank(edit.canonicalUrl()) && !url(edit.canonicalUrl())) {
            errors.put("canonicalUrl", "Give an address that starts with https:// or http://.");
        }
        if (action == StoryAction.SCHEDULE && (scheduledAt == null || !scheduledAt.isAfter(now))) {
            errors.put("scheduledAt", "Pick a time in the future to publish the story.");
        }
        if (!errors.isEmpty()) {
            throw new StoryInvalid(errors);
        }
    }

    static ArticleRow row(long id, String slug, StoryEdit e, ArticleStatus status, boolean featured,
                                  Instant publishedAt, Instant now, long authorId, long categoryId, FeaturedImage old) {
        SanitizedHtml body = Markdown.toHtml(e.bodyMarkdown());
        boolean image = !blank(e.imageUrl());
        boolean sameImage = image && old != null && old.url().equals(e.imageUrl().strip());
        boolean syndicated = !blank(e.sourceName());
        return new ArticleRow(id, slug, e.title().strip(), nonNull(e.dek()).strip(), body.html(), nonNull(e.bodyMarkdown()),
                status.dbValue(), featured, publishedAt == null ? null : publishedAt.toEpochMilli(), now.toEpochMilli(),
                now.toEpochMilli(), authorId, categoryId,
                image ? e.imageUrl().strip() : null, image ? nonNull(e.imageAlt()).strip() : null,
                image ? orNull(e.imageCaption()) : null, sameImage ? old.width() : null, sameImage ? old.height() : null,
                ReadingTime.minutes(body.text()),
                syndicated ? e.sourceName().strip() : null, syndicated ? orNull(e.sourceUrl()) : null,
                syndicated ? (blank(e.attribution()) ? Syndication.attributionFor(e.sourceName().strip()) : e.attribution().strip()) : null,
                syndicated ? orNull(e.canonicalUrl()) : null, syndicated ? orNull(e.originalTitle()) : null,
                orNull(e.correctionNote()));
    }

    static Story story(StoredArticle s, Ownership o, List<String> tags) {
        Syndication src = s.syndication();
        FeaturedImage img = s.image();
        // imported stories have only HTML: it is kept as it is (Markdown passes HTML blocks through the sanitiser)
        String markdown = s.bodyMarkdown() != null ? s.bodyMarkdown() : s.body().html();
        StoryEdit edit = new StoryEdit(s.title(), s.dek(), markdown, s.slug(), o.categorySlug(),
                tags, img == null ? "" : img.url(), img == null ? "" : nonNull(img.alt()),
                img == null ? "" : nonNull(img.caption()),
                src == null ? "" : src.sourceName(), src == null ? "" : nonNull(src.sourceUrl()),
                src == null ? "" : nonNull(src.attribution()), src == null ? "" : nonNull(src.canonicalUrl()),
                src == null ? "" : nonNull(src.originalTitle()), nonNull(s.correctionNote()));
        return new Story(s.id(), edit, s.status(), s.publishedAt(), s.updatedAt(), o.ownerAccountId(), o.authorName(),
                o.reviewRequestedAt());
    }

    private static boolean url(String text) {
        String t = text.strip().toLowerCase();
        return (t.startsWith("https://") || t.startsWith("http://")) && t.length() > 8 && !t.contains(" ");
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
