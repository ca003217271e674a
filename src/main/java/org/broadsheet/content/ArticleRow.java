package org.broadsheet.content;

/** Column values of one {@code article} row, as bound by {@link ArticleRepository}; {@code id} is 0 before insert. */
record ArticleRow(
        long id, String slug, String title, String dek, String bodyHtml, String bodyMarkdown, String status, boolean featured,
        Long publishedAt, long updatedAt, long createdAt, long authorId, long categoryId,
        String imageUrl, String imageAlt, String imageCaption, Integer imageWidth, Integer imageHeight,
        int readingMinutes, String sourceName, String sourceUrl, String sourceAttribution, String canonicalUrl,
        String originalTitle, String correctionNote) {
}
