package org.broadsheet.content;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One line of the JSON Lines import format, checked and turned into an {@link ArticleDraft}.
 * <pre>
 * {"id": "a-1", "title": "...", "slug": "...", "category": "world", "tags": ["climate"],
 *  "author": "Maren Holt", "published_at": "2026-11-20T08:15:00Z", "updated_at": "...",
 *  "excerpt": "...", "body_html": "<p>...</p>", "source": {"name": "Wire", "url": "https://..."} | null}
 * </pre>
 * Optional extras: {@code original_title} (the wire's headline when ours was rewritten),
 * {@code featured}, {@code image} ({@code {"url","alt","caption","width","height"}}).
 */
final class ImportLine {

    private ImportLine() {
    }

    /** Thrown with a message that says what is wrong with the line, for the import report. */
    static final class InvalidLineException extends RuntimeException {
        InvalidLineException(String message) {
            super(message);
        }
    }

    static ArticleDraft toDraft(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidLineException("not a JSON object");
        }
        String title = requiredText(node, "title");
        String slug = optionalText(node, "slug");
        if (slug == null) {
            slug = Slugs.of(title);
        }
        if (!Slugs.isValid(slug)) {
            throw new InvalidLineException("slug '" + slug + "' must be lowercase letters, digits and hyphens (at most "
                    + Slugs.MAX_LENGTH + " characters)");
        }
        String category = requiredText(node, "category");
        String author = requiredText(node, "author");
        Instant published = time(node, "published_at", true);
        Instant updated = time(node, "updated_at", false);
        List<String> tags = new ArrayList<>();
        JsonNode tagNodes = node.get("tags");
        if (tagNodes != null && !tagNodes.isNull()) {
            if (!tagNodes.isArray()) {
                throw new InvalidLineException("tags must be a list of names");
            }
            tagNodes.forEach(t -> tags.add(t.asString()));
        }
        Syndication syndication = null;
        JsonNode source = node.get("source");
        if (source != null && !source.isNull()) {
            String name = requiredText(source, "name");
            String url = optionalText(source, "url");
            String originalTitle = optionalText(node, "original_title");
            syndication = new Syndication(name, url, Syndication.attributionFor(name), null, originalTitle);
        }
        FeaturedImage image = null;
        JsonNode imageNode = node.get("image");
        if (imageNode != null && imageNode.isObject()) {
            image = new FeaturedImage(requiredText(imageNode, "url"), optionalText(imageNode, "alt"),
                    optionalText(imageNode, "caption"), imageNode.path("width").asInt(0), imageNode.path("height").asInt(0));
        }
        String excerpt = optionalText(node, "excerpt");
        return new ArticleDraft(slug, title, excerpt == null ? "" : excerpt, optionalText(node, "body_html"), null,
                ArticleStatus.PUBLISHED, node.path("featured").asBoolean(false), published, updated, author, category,
                tags, image, syndication, null);
    }

    private static String requiredText(JsonNode node, String field) {
        String value = optionalText(node, field);
        if (value == null) {
            throw new InvalidLineException("'" + field + "' is missing or empty");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidLineException("'" + field + "' must be a string");
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    private static Instant time(JsonNode node, String field, boolean required) {
        String text = required ? requiredText(node, field) : optionalText(node, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidLineException("'" + field + "' is not an ISO-8601 time with offset, such as 2026-11-20T08:15:00Z");
        }
    }
}
