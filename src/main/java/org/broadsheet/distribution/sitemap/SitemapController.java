package org.broadsheet.distribution.sitemap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.SiteSettings;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.content.SitemapEntry;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.platform.web.CacheProfiles;
import org.broadsheet.platform.web.NotFoundException;
import org.broadsheet.site.ChromeFactory;
import org.broadsheet.site.SiteUrls;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml} is a sitemap index over {@code /sitemaps/pages.xml} (home, sections, static
 * pages) and {@code /sitemaps/stories-N.xml} (at most 50,000 stories each, with pictures);
 * {@code /news-sitemap.xml} lists the stories of the last 48 hours for Google News;
 * {@code /robots.txt} points at both.
 */
@RestController
class SitemapController {

    static final int STORIES_PER_SITEMAP = 50_000;
    static final int NEWS_LIMIT = 1_000;
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final List<String> STATIC_PAGES =
            List.of("about-us", "contact-us", "mission-and-vision", "privacy-policy", "terms-of-service");
    private static final String XML = "application/xml;charset=UTF-8";

    private final ArticleService articles;
    private final TaxonomyService taxonomy;
    private final SiteSettingsService settings;
    private final ChromeFactory urls;
    private final Clock clock;

    SitemapController(ArticleService articles, TaxonomyService taxonomy, SiteSettingsService settings,
                      ChromeFactory urls, Clock clock) {
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.settings = settings;
        this.urls = urls;
        this.clock = clock;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index(HttpServletRequest request) {
        long pages = Math.max(1, (articles.countPublished() + STORIES_PER_SITEMAP - 1) / STORIES_PER_SITEMAP);
        Instant lastUpdate = articles.lastUpdate();
        SitemapXml xml = new SitemapXml("sitemapindex", false, false);
        xml.start("sitemap").element("loc", urls.absolute(request, "/sitemaps/pages.xml"))
                .element("lastmod", SitemapXml.time(lastUpdate)).end();
        for (int page = 1; page <= pages; page++) {
            Instant pageUpdate = articles.sitemapPageLastUpdate(page, STORIES_PER_SITEMAP);
            xml.start("sitemap").element("loc", urls.absolute(request, "/sitemaps/stories-" + page + ".xml"))
                    .element("lastmod", SitemapXml.time(pageUpdate == null ? lastUpdate : pageUpdate)).end();
        }
        CacheProfiles.tag(request, "sitemap");
        return ResponseEntity.ok().header("Content-Type", XML).body(xml.finish());
    }

    @GetMapping("/sitemaps/pages.xml")
    ResponseEntity<String> pages(HttpServletRequest request) {
        SitemapXml xml = new SitemapXml("urlset", false, false);
        xml.start("url").element("loc", urls.absolute(request, "/")).element("lastmod", SitemapXml.time(articles.lastUpdate()))
                .element("changefreq", "hourly").end();
        taxonomy.categories().forEach(c -> xml.start("url")
                .element("loc", urls.absolute(request, SiteUrls.category(c.slug()))).element("changefreq", "hourly").end());
        STATIC_PAGES.forEach(slug -> xml.start("url").element("loc", urls.absolute(request, SiteUrls.page(slug))).end());
        CacheProfiles.tag(request, "sitemap");
        return ResponseEntity.ok().header("Content-Type", XML).body(xml.finish());
    }

    @GetMapping("/sitemaps/stories-{page:[0-9]{1,6}}.xml")
    ResponseEntity<String> stories(@PathVariable int page, HttpServletRequest request) {
        List<SitemapEntry> entries = page < 1 ? List.of() : articles.sitemapPage(page, STORIES_PER_SITEMAP);
        if (entries.isEmpty() && page != 1) {
            throw new NotFoundException("No such sitemap");
        }
        SitemapXml xml = new SitemapXml("urlset", false, true);
        for (SitemapEntry entry : entries) {
            xml.start("url").element("loc", urls.absolute(request, SiteUrls.article(entry.slug())))
                    .element("lastmod", SitemapXml.time(entry.updatedAt()));
            if (entry.imageUrl() != null) {
                xml.start("image:image").element("image:loc", absolute(request, entry.imageUrl())).end();
            }
            xml.end();
        }
        CacheProfiles.tag(request, "sitemap");
        return ResponseEntity.ok().header("Content-Type", XML).body(xml.finish());
    }

    @GetMapping("/news-sitemap.xml")
    ResponseEntity<String> news(HttpServletRequest request) {
        SiteSettings site = settings.settings();
        SitemapXml xml = new SitemapXml("urlset", true, false);
        for (SitemapEntry entry : articles.publishedSince(clock.instant().minus(NEWS_WINDOW), NEWS_LIMIT)) {
            xml.start("url").element("loc", urls.absolute(request, SiteUrls.article(entry.slug())))
                    .start("news:news")
                    .start("news:publication").element("news:name", site.name()).element("news:language", site.language()).end()
                    .element("news:publication_date", SitemapXml.time(entry.publishedAt()))
                    .element("news:title", entry.title())
                    .end().end();
        }
        CacheProfiles.tag(request, "sitemap");
        return ResponseEntity.ok().header("Content-Type", XML).body(xml.finish());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        String body = """
                User-agent: *
                Disallow: /search
                Disallow: /preferences
                Disallow: /newsroom/
                Disallow: /api/admin/

                Sitemap: %s
                Sitemap: %s
                """.formatted(urls.absolute(request, "/sitemap.xml"), urls.absolute(request, "/news-sitemap.xml"));
        CacheProfiles.tag(request, "sitemap");
        return ResponseEntity.ok().header("Content-Type", "text/plain;charset=UTF-8").body(body);
    }

    private String absolute(HttpServletRequest request, String url) {
        return url.startsWith("/") ? urls.absolute(request, url) : url;
    }
}
