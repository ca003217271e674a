package org.broadsheet.newsroom;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.content.Article;
import org.broadsheet.content.StoryService;
import org.broadsheet.site.ArticlePage;
import org.broadsheet.site.Chrome;
import org.broadsheet.site.ChromeFactory;
import org.broadsheet.site.PageMeta;
import org.broadsheet.site.SiteUrls;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A story as readers will see it, before it is published: the public article template, for those
 * who may edit the story; everyone else gets the 404 page (the story does not exist for them).
 */
@Controller
class StoryPreviewController {

    private final NewsroomFrames frames;
    private final StoryService stories;
    private final ChromeFactory chromeFactory;
    private final Clock clock;

    StoryPreviewController(NewsroomFrames frames, StoryService stories, ChromeFactory chromeFactory, Clock clock) {
        this.frames = frames;
        this.stories = stories;
        this.chromeFactory = chromeFactory;
        this.clock = clock;
    }

    @GetMapping("/newsroom/stories/{id:\\d+}/preview")
    String preview(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Article stored = stories.preview(Stories.actor(frames.viewer(request.getUserPrincipal())), id);
        // a draft has no publication time yet: show it as if published now
        Article article = stored.publishedAt() != null ? stored : new Article(stored.id(), stored.slug(), stored.title(),
                stored.dek(), stored.body(), stored.bodyMarkdown(), stored.status(), stored.featured(), clock.instant(),
                clock.instant(), stored.author(), stored.category(), stored.tags(), stored.image(), stored.readingMinutes(),
                stored.syndication(), stored.correctionNote());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        Chrome chrome = chromeFactory.chrome(request).inSection(article.category().slug());
        PageMeta meta = PageMeta.unindexed("Preview: " + article.title() + " – " + chrome.siteName());
        String url = chromeFactory.absolute(request, SiteUrls.article(article.slug()));
        model.addAttribute("page", new ArticlePage(chrome, meta, article,
                List.of(new org.broadsheet.site.ArchivePage.Crumb(article.category().name(), SiteUrls.category(article.category().slug()))),
                url, List.of(), List.of(), List.of(), null, null, true));
        return "site/article";
    }
}
