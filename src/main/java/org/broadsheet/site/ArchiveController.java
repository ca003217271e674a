package org.broadsheet.site;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.Author;
import org.broadsheet.content.Category;
import org.broadsheet.content.Tag;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.platform.web.CacheProfiles;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.platform.web.NotFoundException;
import org.broadsheet.platform.web.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Category, tag and author archives, newest first, paged by keyset cursor ({@code ?before=}).
 * With {@code ?fragment=1} only the list items and the next "Show More" link are returned, for
 * loading in place.
 */
@Controller
class ArchiveController {

    static final int PAGE_SIZE = 12;

    private final ArticleService articles;
    private final TaxonomyService taxonomy;
    private final ChromeFactory chromeFactory;

    ArchiveController(ArticleService articles, TaxonomyService taxonomy, ChromeFactory chromeFactory) {
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.chromeFactory = chromeFactory;
    }

    @GetMapping("/category/{slug}")
    Object category(@PathVariable String slug, @RequestParam(required = false) String before,
                    @RequestParam(required = false) String fragment, HttpServletRequest request, Model model) {
        Category category = taxonomy.category(slug).orElse(null);
        if (category == null) {
            return movedTo(SiteUrls.category(taxonomy.categoryRedirect(slug)
                    .orElseThrow(() -> new NotFoundException("No such category"))), request);
        }
        Slice<ArticleSummary> slice = articles.inCategory(category, Cursor.parse(before), PAGE_SIZE);
        List<ArchivePage.Crumb> crumbs = new ArrayList<>();
        taxonomy.trail(category).forEach(c -> crumbs.add(new ArchivePage.Crumb(c.name(), SiteUrls.category(c.slug()))));
        String description = category.description().isBlank()
                ? "The latest " + category.name() + " stories." : category.description();
        return render(request, model, fragment, SiteUrls.category(slug), before, slice, "Category", category.name(),
                description, crumbs, category.slug());
    }

    @GetMapping("/tag/{slug}")
    Object tag(@PathVariable String slug, @RequestParam(required = false) String before,
               @RequestParam(required = false) String fragment, HttpServletRequest request, Model model) {
        Tag tag = taxonomy.tag(slug).orElse(null);
        if (tag == null) {
            return movedTo(SiteUrls.tag(taxonomy.tagRedirect(slug)
                    .orElseThrow(() -> new NotFoundException("No such tag"))), request);
        }
        Slice<ArticleSummary> slice = articles.withTag(tag, Cursor.parse(before), PAGE_SIZE);
        return render(request, model, fragment, SiteUrls.tag(slug), before, slice, "Tag", tag.name(),
                "Stories tagged " + tag.name() + ".", List.of(new ArchivePage.Crumb(tag.name(), SiteUrls.tag(slug))), null);
    }

    @GetMapping("/author/{slug}")
    String author(@PathVariable String slug, @RequestParam(required = false) String before,
                  @RequestParam(required = false) String fragment, HttpServletRequest request, Model model) {
        Author author = taxonomy.author(slug).orElseThrow(() -> new NotFoundException("No such author"));
        Slice<ArticleSummary> slice = articles.byAuthor(author, Cursor.parse(before), PAGE_SIZE);
        String bio = author.bio().isBlank() ? "Stories by " + author.name() + "." : author.bio();
        return render(request, model, fragment, SiteUrls.author(slug), before, slice, "Author", author.name(), bio,
                List.of(new ArchivePage.Crumb(author.name(), SiteUrls.author(slug))), null);
    }

    /** A 301 to the archive's new address, keeping the query (a "Show More" cursor still works). */
    private static RedirectView movedTo(String path, HttpServletRequest request) {
        RedirectView redirect = new RedirectView(request.getQueryString() == null ? path : path + "?" + request.getQueryString());
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    private String render(HttpServletRequest request, Model model, String fragment, String path, String before,
                          Slice<ArticleSummary> slice, String kind, String title, String description,
                          List<ArchivePage.Crumb> crumbs, String section) {
        if (slice.items().isEmpty() && before != null && !before.isEmpty()) {
            throw new NotFoundException("No more stories");
        }
        CacheProfiles.tag(request, "archive-" + path.substring(1).replace('/', '-'));
        Chrome chrome = chromeFactory.chrome(request).inSection(section);
        String nextUrl = slice.hasNext() ? SiteUrls.nextPage(path, slice.nextToken()) : null;
        String canonical = chromeFactory.absolute(request, before == null || before.isEmpty() ? path : SiteUrls.nextPage(path, before));
        PageMeta meta = PageMeta.of(title + " – " + chrome.siteName(), description, canonical)
                .withFeedsOf(title, path)
                .withStructuredData(StructuredData.breadcrumbs(crumbs, null, null, p -> chromeFactory.absoluteOrSame(request, p)));
        model.addAttribute("page", new ArchivePage(chrome, meta, kind, title, description, crumbs, slice.items(), nextUrl,
                "No stories here yet."));
        return fragment != null ? "site/archiveItems" : "site/archive";
    }
}
