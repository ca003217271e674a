package org.broadsheet.distribution.feed;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.Article;
import org.broadsheet.platform.web.CacheProfiles;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.SiteSettings;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.platform.config.BroadsheetProperties;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.platform.web.NotFoundException;
import org.broadsheet.site.ChromeFactory;
import org.broadsheet.site.SiteUrls;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feeds out: RSS 2.0 at {@code .../feed}, Atom 1.0 at {@code .../feed/atom}, JSON Feed 1.1 at
 * {@code .../feed.json}, for the whole site and for every category, tag and author.
 */
@RestController
class FeedController {

    static final int ITEMS = 20;

    private final ArticleService articles;
    private final TaxonomyService taxonomy;
    private final SiteSettingsService settings;
    private final ChromeFactory urls;
    private final boolean fullText;

    FeedController(ArticleService articles, TaxonomyService taxonomy, SiteSettingsService settings,
                   ChromeFactory urls, BroadsheetProperties properties) {
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.settings = settings;
        this.urls = urls;
        this.fullText = properties.feed().fullText();
    }

    @GetMapping({"/feed", "/feed/atom", "/feed.json"})
    ResponseEntity<String> site(HttpServletRequest request) {
        SiteSettings site = settings.settings();
        return respond(request, "/", site.name(), site.tagline(),
                articles.complete(articles.latest(Cursor.START, ITEMS).items()));
    }

    @GetMapping({"/category/{slug}/feed", "/category/{slug}/feed/atom", "/category/{slug}/feed.json"})
    ResponseEntity<String> category(@PathVariable String slug, HttpServletRequest request) {
        var category = taxonomy.category(slug).orElseThrow(() -> new NotFoundException("No such category"));
        return respond(request, SiteUrls.category(slug), title(category.name()), "The latest " + category.name() + " stories.",
                articles.complete(articles.inCategory(category, Cursor.START, ITEMS).items()));
    }

    @GetMapping({"/tag/{slug}/feed", "/tag/{slug}/feed/atom", "/tag/{slug}/feed.json"})
    ResponseEntity<String> tag(@PathVariable String slug, HttpServletRequest request) {
        var tag = taxonomy.tag(slug).orElseThrow(() -> new NotFoundException("No such tag"));
        return respond(request, SiteUrls.tag(slug), title(tag.name()), "Stories tagged " + tag.name() + ".",
                articles.complete(articles.withTag(tag, Cursor.START, ITEMS).items()));
    }

    @GetMapping({"/author/{slug}/feed", "/author/{slug}/feed/atom", "/author/{slug}/feed.json"})
    ResponseEntity<String> author(@PathVariable String slug, HttpServletRequest request) {
        var author = taxonomy.author(slug).orElseThrow(() -> new NotFoundException("No such author"));
        return respond(request, SiteUrls.author(slug), title(author.name()), "Stories by " + author.name() + ".",
                articles.complete(articles.byAuthor(author, Cursor.START, ITEMS).items()));
    }

    private String title(String part) {
        return settings.settings().name() + " – " + part;
    }

    private ResponseEntity<String> respond(HttpServletRequest request, String pagePath, String title, String description,
                                           List<Article> items) {
        String path = request.getRequestURI();
        FeedWriter.Format format = path.endsWith(".json") ? FeedWriter.Format.JSON
                : path.endsWith("/atom") ? FeedWriter.Format.ATOM : FeedWriter.Format.RSS;
        FeedChannel channel = new FeedChannel(title, description, settings.settings().language(),
                urls.absolute(request, path), urls.absolute(request, pagePath), items);
        String body = FeedWriter.write(channel, format, fullText, a -> urls.absolute(request, SiteUrls.article(a.slug())));
        CacheProfiles.tag(request, "feed");
        return ResponseEntity.ok().header("Content-Type", format.contentType).body(body);
    }
}
