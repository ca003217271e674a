package org.broadsheet.site;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResults;
import org.broadsheet.search.SearchService;
import org.broadsheet.search.UserQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: full-text results with filters, in the site's layout. */
@Controller
class SearchController {

    private final SearchService search;
    private final TaxonomyService taxonomy;
    private final ChromeFactory chromeFactory;

    SearchController(SearchService search, TaxonomyService taxonomy, ChromeFactory chromeFactory) {
        this.search = search;
        this.taxonomy = taxonomy;
        this.chromeFactory = chromeFactory;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                  HttpServletRequest request, Model model) {
        SearchPage.Filters filters = new SearchPage.Filters(category, from, to, sort);
        String message = null;
        SearchResults results = null;
        String query = UserQuery.parse(q).text();
        try {
            results = search.search(SearchRequest.of(q, category, from, to, sort, page));
        } catch (IllegalArgumentException e) {
            message = e.getMessage();
        }
        if (q.length() > UserQuery.MAX_LENGTH) {
            message = "Your search was long, so only its first " + UserQuery.MAX_LENGTH + " characters were used.";
        }
        Chrome chrome = chromeFactory.chrome(request).withSearchQuery(query);
        String title = query.isEmpty() ? "Search" : "Search results for “" + query + "”";
        model.addAttribute("page", SearchPage.of(chrome, PageMeta.unindexed(title + " – " + chrome.siteName()), query,
                filters, results, taxonomy.categories(), message));
        return "site/search";
    }
}
