package org.broadsheet.newsroom;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Capability;
import org.broadsheet.audit.AuditLog;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.TopStoryPins;
import org.broadsheet.site.SiteUrls;
import org.broadsheet.trending.TopStories;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Editors pin stories to the top of "Top Stories" (above what readers read most) and unpin them. */
@Controller
class TopStoriesController {

    static final int LISTED = 10;

    private final NewsroomFrames frames;
    private final TopStories topStories;
    private final TopStoryPins pins;
    private final ArticleService articles;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    TopStoriesController(NewsroomFrames frames, TopStories topStories, TopStoryPins pins, ArticleService articles,
                         AuditLog audit, TransactionTemplate transaction) {
        this.frames = frames;
        this.topStories = topStories;
        this.pins = pins;
        this.articles = articles;
        this.audit = audit;
        this.transaction = transaction;
    }

    @GetMapping("/newsroom/top")
    String show(@RequestParam(required = false) String done, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        return render(request, response, model, "", null, "pinned".equals(done) ? "The story is pinned."
                : "unpinned".equals(done) ? "The story is unpinned." : null);
    }

    @PostMapping("/newsroom/top/pin")
    String pin(@RequestParam(defaultValue = "") String story, HttpServletRequest request, HttpServletResponse response,
               Model model) {
        Account editor = editor(request);
        Optional<Article> article = find(story);
        if (article.isEmpty()) {
            response.setStatus(400);
            return render(request, response, model, story, "No published story has that address. Paste the story's "
                    + "address (…/story/its-slug) or its slug.", null);
        }
        try {
            transaction.executeWithoutResult(status -> {
                pins.pin(article.get().id(), editor.email());
                audit.record(editor, "pinned", "story", String.valueOf(article.get().id()), article.get().title());
            });
        } catch (IllegalArgumentException e) {
            response.setStatus(400);
            return render(request, response, model, story, e.getMessage(), null);
        }
        return "redirect:/newsroom/top?done=pinned";
    }

    @PostMapping("/newsroom/top/unpin")
    String unpin(@RequestParam long id, HttpServletRequest request) {
        Account editor = editor(request);
        transaction.executeWithoutResult(status -> {
            if (pins.unpin(id)) {
                audit.record(editor, "unpinned", "story", String.valueOf(id),
                        articles.findAnyStatus(id).map(Article::title).orElse(""));
            }
        });
        return "redirect:/newsroom/top?done=unpinned";
    }

    private String render(HttpServletRequest request, HttpServletResponse response, Model model, String story,
                          String error, String notice) {
        NewsroomFrame frame = frames.frame(request, response, "Top stories", "top");
        if (!frame.can(Capability.EDIT_OTHERS_STORIES)) {
            throw new AccessDeniedException("editors only");
        }
        Set<Long> pinned = Set.copyOf(pins.pinnedIds());
        List<TopStoriesPage.Row> rows = topStories.top(LISTED, 0).stream()
                .map(s -> new TopStoriesPage.Row(s.id(), s.title(), SiteUrls.article(s.slug()), pinned.contains(s.id())))
                .toList();
        model.addAttribute("page", new TopStoriesPage(frame, rows, TopStoryPins.MAX_PINS, story, error, notice));
        return "newsroom/top";
    }

    private Account editor(HttpServletRequest request) {
        Account account = frames.viewer(request.getUserPrincipal());
        if (!account.can(Capability.EDIT_OTHERS_STORIES)) {
            throw new AccessDeniedException("editors only");
        }
        return account;
    }

    /** A story by its address, its path or its slug. */
    private Optional<Article> find(String story) {
        String slug = story.strip().replaceAll("[?#].*$", "").replaceAll("/+$", "");
        slug = slug.substring(slug.lastIndexOf('/') + 1);
        return slug.isEmpty() ? Optional.empty() : articles.findPublished(slug);
    }
}
