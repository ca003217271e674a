package org.broadsheet.site;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.media.ImageCrops;
import org.broadsheet.media.MediaService;
import org.broadsheet.platform.web.CacheProfiles;
import org.broadsheet.search.RelatedStories;
import org.broadsheet.platform.web.BadRequestException;
import org.broadsheet.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class ArticleController {

    static final int MORE_STORIES = 4;
    static final int RELATED_PAGE_SIZE = 6;
    static final int MAX_RELATED_PAGES = 10;

    private final ArticleService articles;
    private final TaxonomyService taxonomy;
    private final ChromeFactory chromeFactory;
    private final RelatedStories relatedStories;
    private final ImageCrops crops;
    private final MediaService media;

    ArticleController(ArticleService articles, TaxonomyService taxonomy, ChromeFactory chromeFactory,
                      RelatedStories relatedStories, ImageCrops crops, MediaService media) {
        this.crops = crops;
        this.media = media;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.chromeFactory = chromeFactory;
        this.relatedStories = relatedStories;
    }

    @GetMapping("/story/{slug}")
    Object article(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model) {
        Article article = articles.findPublished(slug).orElse(null);
        if (article == null) {
            return articles.isWithdrawn(slug) ? withdrawn(request, response, model) : movedTo(slug);
        }
        Chrome chrome = chromeFactory.chrome(request).inSection(article.category().slug());
        String url = chromeFactory.absolute(request, SiteUrls.article(article.slug()));
        List<ArchivePage.Crumb> crumbs = new ArrayList<>();
        taxonomy.trail(article.category()).forEach(c -> crumbs.add(new ArchivePage.Crumb(c.name(), SiteUrls.category(c.slug()))));
        List<ArticleSummary> related = related(article, 1);
        String relatedNext = related.size() > RELATED_PAGE_SIZE ? SiteUrls.related(article.slug(), 2) : null;
        String canonical = article.syndication() != null && article.syndication().canonicalUrl() != null
                ? article.syndication().canonicalUrl() : url;
        String description = article.dek().isBlank() ? article.title() : article.dek();
        StructuredData.UrlMaker absolute = p -> chromeFactory.absoluteOrSame(request, p);
        boolean noIndex = article.syndication() != null && article.syndication().noIndex();
        PageMeta meta = new PageMeta(article.title() + " – " + chrome.siteName(), description, canonical, noIndex)
                .asArticle(article.image() == null ? null : absolute.absolute(crops.socialCardUrl(article.image().url())))
                .withStructuredData(
                        StructuredData.newsArticle(article, url, chrome.siteName(), chrome.logoUrl(), absolute, crops),
                        StructuredData.breadcrumbs(crumbs, article.title(), url, absolute));
        CacheProfiles.tag(request, "article-" + article.id(), "category-" + article.category().slug());
        // the page lists these stories: a change to one of them refreshes it (see PageCaching)
        related.stream().limit(RELATED_PAGE_SIZE).forEach(r -> CacheProfiles.tag(request, "related-" + r.id()));
        response.setDateHeader("Last-Modified", article.updatedAt().toEpochMilli());
        model.addAttribute("page", new ArticlePage(chrome, meta, article, crumbs, url,
                ShareLinks.forStory(article.title(), url), articles.moreStories(article, MORE_STORIES),
                related.stream().limit(RELATED_PAGE_SIZE).toList(), relatedNext,
                article.image() == null ? null : media.findByUrl(article.image().url()).orElse(null)));
        return "site/article";
    }

    /** Related stories beyond the first few: a full page, or with {@code ?fragment=1} only the items. */
    @GetMapping("/story/{slug}/related")
    String related(@PathVariable String slug, @RequestParam(defaultValue = "2") String page,
                   @RequestParam(required = false) String fragment, HttpServletRequest request, Model model) {
        int pageNumber = pageNumber(page);
        Article article = articles.findPublished(slug).orElseThrow(() -> new NotFoundException("No such story"));
        List<ArticleSummary> related = related(article, pageNumber);
        if (related.isEmpty()) {
            throw new NotFoundException("No more related stories");
        }
        boolean more = related.size() > RELATED_PAGE_SIZE && pageNumber < MAX_RELATED_PAGES;
        Chrome chrome = chromeFactory.chrome(request).inSection(article.category().slug());
        String title = "Related to “" + article.title() + "”";
        PageMeta meta = new PageMeta("Related stories – " + chrome.siteName(), title, null, true);
        model.addAttribute("page", new ArchivePage(chrome, meta, "Related Stories", title, "",
                List.of(new ArchivePage.Crumb(article.title(), SiteUrls.article(slug))),
                related.stream().limit(RELATED_PAGE_SIZE).toList(),
                more ? SiteUrls.related(slug, pageNumber + 1) : null, "No related stories."));
        return fragment != null ? "site/relatedItems" : "site/archive";
    }

    /** By content similarity; by shared section and tags while the story is not in the search index yet. */
    private List<ArticleSummary> related(Article article, int page) {
        return relatedStories.related(article.id(), page, RELATED_PAGE_SIZE)
                .orElseGet(() -> articles.related(article, page, RELATED_PAGE_SIZE));
    }

    /** A story its source withdrew: 410 Gone with a short notice instead of the site's 404. */
    private String withdrawn(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.GONE.value());
        Chrome chrome = chromeFactory.chrome(request);
        model.addAttribute("page", new ErrorPage(chrome, PageMeta.unindexed("Story withdrawn – " + chrome.siteName()),
                HttpStatus.GONE.value(), "Story withdrawn", WITHDRAWN_NOTICE));
        return "site/error";
    }

    static final String WITHDRAWN_NOTICE = "This story has been withdrawn by its source.";

    private RedirectView movedTo(String slug) {
        String current = articles.redirectFor(slug).orElseThrow(() -> new NotFoundException("No such story"));
        RedirectView redirect = new RedirectView(SiteUrls.article(current));
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return redirect;
    }

    private static int pageNumber(String page) {
        try {
            int number = Integer.parseInt(page);
            if (number >= 2 && number <= MAX_RELATED_PAGES) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new BadRequestException("The page number must be a whole number from 2 to " + MAX_RELATED_PAGES + ".");
    }
}
