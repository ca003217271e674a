package org.broadsheet.site;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.platform.web.Slice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page. Matches headlines and standfirsts for now; the full-text index comes later. */
@Controller
class SearchController {

    static final int MAX_QUERY_LENGTH = 200;
    static final int PAGE_SIZE = 12;

    private final ArticleService articles;
    private final ChromeFactory chromeFactory;

    SearchController(ArticleService articles, ChromeFactory chromeFactory) {
        this.articles = articles;
        this.chromeFactory = chromeFactory;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String before,
                  HttpServletRequest request, Model model) {
        String query = q.replaceAll("\\p{Cntrl}", " ").strip().replaceAll("\\s+", " ");
        String message = null;
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
            message = "Your search was long, so only its first " + MAX_QUERY_LENGTH + " characters were used.";
        }
        List<ArticleSummary> results = List.of();
        String nextUrl = null;
        if (!query.isEmpty()) {
            Slice<ArticleSummary> slice = articles.searchTitles(query, Cursor.parse(before), PAGE_SIZE);
            results = slice.items();
            nextUrl = slice.hasNext() ? SiteUrls.nextPage(SiteUrls.search(query), slice.nextToken()) : null;
            if (results.isEmpty() && message == null) {
                message = "No stories match “" + query + "”. Try fewer or different words, or browse the sections above.";
            }
        }
        Chrome chrome = chromeFactory.chrome(request).withSearchQuery(query);
        String title = query.isEmpty() ? "Search" : "Search results for “" + query + "”";
        model.addAttribute("page", new SearchPage(chrome, PageMeta.unindexed(title + " – " + chrome.siteName()), query,
                results, nextUrl, message));
        return "site/search";
    }
}
