package org.broadsheet.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.FeaturedImage;

/** An article as the public Content API shows it. Fields a list does not carry are left out there. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ArticleJson(
        long id, String slug, String url, String title, String excerpt, Instant publishedAt, Instant updatedAt,
        Named category, Named author, List<Named> tags, Image image, int readingMinutes, Source source,
        String bodyHtml) {

    record Named(String slug, String name) {
    }

    record Image(String url, String alt, String caption, int width, int height) {
        static Image of(FeaturedImage image, UrlMaker urls) {
            return image == null ? null : new Image(urls.absolute(image.url()), image.alt(), image.caption(),
                    image.width(), image.height());
        }
    }

    record Source(String name, String url, String attribution, String originalTitle) {
    }

    /** Makes site paths absolute. */
    interface UrlMaker {
        String absolute(String path);
    }

    static ArticleJson summary(ArticleSummary s, String url, UrlMaker urls) {
        return new ArticleJson(s.id(), s.slug(), url, s.title(), s.dek(), s.publishedAt(), null,
                new Named(s.categorySlug(), s.categoryName()), new Named(s.authorSlug(), s.authorName()), null,
                Image.of(s.image(), urls), s.readingMinutes(), null, null);
    }

    static ArticleJson full(Article a, String url, UrlMaker urls) {
        Source source = a.syndication() == null ? null : new Source(a.syndication().sourceName(),
                a.syndication().sourceUrl(), a.syndication().attribution(), a.syndication().originalTitle());
        return new ArticleJson(a.id(), a.slug(), url, a.title(), a.dek(), a.publishedAt(), a.updatedAt(),
                new Named(a.category().slug(), a.category().name()), new Named(a.author().slug(), a.author().name()),
                a.tags().stream().map(t -> new Named(t.slug(), t.name())).toList(), Image.of(a.image(), urls),
                a.readingMinutes(), source, a.body().html());
    }
}
