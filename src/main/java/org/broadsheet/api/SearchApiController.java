package org.broadsheet.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.platform.web.BadRequestException;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResults;
import org.broadsheet.search.SearchService;
import org.broadsheet.search.Suggestions;
import org.broadsheet.site.ChromeFactory;
import org.broadsheet.site.SiteUrls;
import org.broadsheet.trending.TopStories;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search, suggestions as you type, and top stories as JSON. */
@RestController
@RequestMapping("/api/v1")
class SearchApiController {

    static final int MAX_TOP = 20;

    private final SearchService search;
    private final Suggestions suggestions;
    private final TopStories topStories;
    private final ChromeFactory urls;

    SearchApiController(SearchService search, Suggestions suggestions, TopStories topStories, ChromeFactory urls) {
        this.search = search;
        this.suggestions = suggestions;
        this.topStories = topStories;
        this.urls = urls;
    }

    record Hit(ArticleJson article, String snippetHtml) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SearchJson(String query, long total, boolean totalExact, int page, int pageSize, Integer nextPage,
                      boolean approximate, String didYouMean, List<Hit> results) {
    }

    record SuggestionJson(String kind, String label, String url) {
    }

    record SuggestJson(List<SuggestionJson> suggestions) {
    }

    record TopJson(List<ArticleJson> articles) {
    }

    @GetMapping("/search")
    SearchJson search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String category,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                      HttpServletRequest request) {
        SearchRequest query;
        try {
            query = SearchRequest.of(q, category, from, to, sort, page);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        SearchResults r = search.search(query);
        List<Hit> hits = r.hits().stream()
                .map(h -> new Hit(summary(h.story(), request), h.snippet().html())).toList();
        return new SearchJson(r.query().text(), r.total(), r.totalExact(), r.page(), r.pageSize(),
                r.hasNext() ? r.page() + 1 : null, r.approximate(), r.didYouMean(), hits);
    }

    @GetMapping("/suggest")
    SuggestJson suggest(@RequestParam(defaultValue = "") String q) {
        Suggestions.Suggested s = suggestions.suggest(q);
        List<SuggestionJson> items = new java.util.ArrayList<>();
        s.categories().forEach(c -> items.add(new SuggestionJson("category", c.name(), SiteUrls.category(c.slug()))));
        s.stories().forEach(a -> items.add(new SuggestionJson("story", a.title(), SiteUrls.article(a.slug()))));
        return new SuggestJson(items);
    }

    @GetMapping("/top")
    TopJson top(@RequestParam(required = false) String limit, HttpServletRequest request) {
        int size = limit == null ? 5 : Math.min(MAX_TOP, ContentApiController.limit(limit));
        return new TopJson(topStories.top(size, 0).stream().map(s -> summary(s, request)).toList());
    }

    private ArticleJson summary(ArticleSummary s, HttpServletRequest request) {
        return ArticleJson.summary(s, urls.absolute(request, SiteUrls.article(s.slug())),
                p -> p.startsWith("/") ? urls.absolute(request, p) : p);
    }
}
