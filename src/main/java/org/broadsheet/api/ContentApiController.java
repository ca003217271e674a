package org.broadsheet.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.platform.web.BadRequestException;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.platform.web.NotFoundException;
import org.broadsheet.platform.web.Slice;
import org.broadsheet.site.ChromeFactory;
import org.broadsheet.site.SiteUrls;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public, read-only Content API: published stories and categories as JSON. */
@RestController
@RequestMapping("/api/v1")
class ContentApiController {

    static final int DEFAULT_LIMIT = 20;

    private final ArticleService articles;
    private final TaxonomyService taxonomy;
    private final ChromeFactory urls;

    ContentApiController(ArticleService articles, TaxonomyService taxonomy, ChromeFactory urls) {
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.urls = urls;
    }

    record ArticleList(List<ArticleJson> articles, String nextCursor) {
    }

    record CategoryJson(String slug, String name, String description, String parent, String url) {
    }

    @GetMapping("/articles")
    ArticleList list(@RequestParam(required = false) String category, @RequestParam(required = false) String tag,
                     @RequestParam(required = false) String author, @RequestParam(required = false) String source,
                     @RequestParam(required = false) String cursor, @RequestParam(required = false) String limit,
                     HttpServletRequest request) {
        int size = limit(limit);
        Cursor position = Cursor.parse(cursor);
        long filters = Stream.of(category, tag, author, source).filter(Objects::nonNull).count();
        if (filters > 1) {
            throw new BadRequestException("Filter by one of category, tag, author or source at a time.");
        }
        Slice<ArticleSummary> slice;
        if (category != null) {
            slice = articles.inCategory(taxonomy.category(category)
                    .orElseThrow(() -> new NotFoundException("There is no category '" + category + "'.")), position, size);
        } else if (tag != null) {
            slice = articles.withTag(taxonomy.tag(tag)
                    .orElseThrow(() -> new NotFoundException("There is no tag '" + tag + "'.")), position, size);
        } else if (author != null) {
            slice = articles.byAuthor(taxonomy.author(author)
                    .orElseThrow(() -> new NotFoundException("There is no author '" + author + "'.")), position, size);
        } else if (source != null) {
            // a wire feed source's id (see /api/admin/sources), or else a source's name
            slice = source.matches("[0-9]{1,18}") ? articles.fromSourceId(Long.parseLong(source), position, size)
                    : articles.fromSource(source, position, size);
        } else {
            slice = articles.latest(position, size);
        }
        List<ArticleJson> items = slice.items().stream()
                .map(s -> ArticleJson.summary(s, urls.absolute(request, SiteUrls.article(s.slug())), p -> absolute(request, p)))
                .toList();
        return new ArticleList(items, slice.nextToken());
    }

    @GetMapping("/articles/{slug}")
    ArticleJson article(@PathVariable String slug, HttpServletRequest request) {
        Article article = articles.findPublished(slug)
                .orElseThrow(() -> new NotFoundException("There is no published article '" + slug + "'."));
        return ArticleJson.full(article, urls.absolute(request, SiteUrls.article(slug)), p -> absolute(request, p));
    }

    @GetMapping("/categories")
    List<CategoryJson> categories(HttpServletRequest request) {
        return taxonomy.categories().stream().map(c -> new CategoryJson(c.slug(), c.name(), c.description(),
                c.parentId() == null ? null : taxonomy.category(c.parentId()).map(p -> p.slug()).orElse(null),
                urls.absolute(request, SiteUrls.category(c.slug())))).toList();
    }

    private String absolute(HttpServletRequest request, String path) {
        return path.startsWith("/") ? urls.absolute(request, path) : path;
    }

    static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= ArticleService.MAX_PAGE_SIZE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new BadRequestException("limit must be a whole number from 1 to " + ArticleService.MAX_PAGE_SIZE + ".");
    }
}
