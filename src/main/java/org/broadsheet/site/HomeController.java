package org.broadsheet.site;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.platform.web.CacheProfiles;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.trending.TopStories;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final int TOP_STORIES = 5;
    static final int LATEST = 6;
    static final int PER_SECTION = 3;

    private final ArticleService articles;
    private final TaxonomyService taxonomy;
    private final ChromeFactory chromeFactory;
    private final TopStories topStories;

    HomeController(ArticleService articles, TaxonomyService taxonomy, ChromeFactory chromeFactory, TopStories topStories) {
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.chromeFactory = chromeFactory;
        this.topStories = topStories;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        Chrome chrome = chromeFactory.chrome(request);
        ArticleSummary lead = articles.lead().orElse(null);
        List<ArticleSummary> top = topStories.top(TOP_STORIES, lead == null ? 0 : lead.id());
        List<ArticleSummary> latest = articles.latest(Cursor.START, TOP_STORIES + LATEST + 1).items().stream()
                .filter(s -> (lead == null || s.id() != lead.id()) && top.stream().noneMatch(t -> t.id() == s.id()))
                .limit(LATEST).toList();
        List<HomePage.Section> sections = new ArrayList<>();
        for (Chrome.MenuItem item : chrome.menu()) {
            taxonomy.category(item.slug()).ifPresent(category -> {
                List<ArticleSummary> stories = articles.inCategory(category, Cursor.START, PER_SECTION).items();
                if (!stories.isEmpty()) {
                    sections.add(new HomePage.Section(category.name(), item.url(), stories));
                }
            });
        }
        String description = chrome.tagline().isBlank() ? chrome.about() : chrome.tagline();
        String home = chromeFactory.absolute(request, "/");
        PageMeta meta = PageMeta.of(chrome.siteName() + (chrome.tagline().isBlank() ? "" : " – " + chrome.tagline()),
                        description, home)
                .withImage(lead == null || lead.image() == null ? null : chromeFactory.absoluteOrSame(request, lead.image().url()))
                .withStructuredData(StructuredData.website(chrome.siteName(), home));
        CacheProfiles.tag(request, "home");
        model.addAttribute("page", new HomePage(chrome, meta, lead, top, latest, sections));
        return "site/home";
    }
}
