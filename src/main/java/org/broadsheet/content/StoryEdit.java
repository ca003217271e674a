package org.broadsheet.content;

import java.util.List;

/**
 * The fields of a story that people edit (in the editor, through the Admin API, in a revision).
 * The body is Markdown; the stored HTML is rendered from it and sanitised. Nulls become empty texts,
 * and blank texts count as none.
 *
 * @param slug     blank: made from the title
 * @param category a category slug; blank: the first category
 * @param sourceName blank: the story is not syndicated (the other source fields are then ignored)
 */
public record StoryEdit(String title, String dek, String bodyMarkdown, String slug, String category,
                        List<String> tags, String imageUrl, String imageAlt, String imageCaption,
                        String sourceName, String sourceUrl, String attribution, String canonicalUrl,
                        String originalTitle, String correctionNote) {

    public StoryEdit {
        title = orEmpty(title);
        dek = orEmpty(dek);
        bodyMarkdown = orEmpty(bodyMarkdown);
        slug = orEmpty(slug);
        category = orEmpty(category);
        tags = tags == null ? List.of() : tags.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct().toList();
        imageUrl = orEmpty(imageUrl);
        imageAlt = orEmpty(imageAlt);
        imageCaption = orEmpty(imageCaption);
        sourceName = orEmpty(sourceName);
        sourceUrl = orEmpty(sourceUrl);
        attribution = orEmpty(attribution);
        canonicalUrl = orEmpty(canonicalUrl);
        originalTitle = orEmpty(originalTitle);
        correctionNote = orEmpty(correctionNote);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Just a title and a body (tests, quick drafts). */
    public static StoryEdit of(String title, String bodyMarkdown) {
        return new StoryEdit(title, "", bodyMarkdown, "", "", List.of(), "", "", "", "", "", "", "", "", "");
    }

    /** Tags from a comma-separated input. */
    public static List<String> tagList(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    public StoryEdit withSlug(String newSlug) {
        return new StoryEdit(title, dek, bodyMarkdown, newSlug, category, tags, imageUrl, imageAlt, imageCaption,
                sourceName, sourceUrl, attribution, canonicalUrl, originalTitle, correctionNote);
    }
}
