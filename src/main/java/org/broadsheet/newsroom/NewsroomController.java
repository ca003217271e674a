package org.broadsheet.newsroom;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Capability;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.content.StoryListService;
import org.broadsheet.syndication.ReviewQueue;
import org.broadsheet.syndication.SourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The newsroom's dashboard (contributors and up; the security configuration keeps others out). */
@Controller
class NewsroomController {

    private final NewsroomFrames frames;
    private final StoryListService lists;
    private final SiteSettingsService settings;
    private final ReviewQueue reviewQueue;
    private final SourceService sources;

    NewsroomController(NewsroomFrames frames, StoryListService lists, SiteSettingsService settings,
                       ReviewQueue reviewQueue, SourceService sources) {
        this.frames = frames;
        this.lists = lists;
        this.settings = settings;
        this.reviewQueue = reviewQueue;
        this.sources = sources;
    }

    @GetMapping("/newsroom")
    String home(HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frames.frame(request, response, "Dashboard", "dashboard");
        Long wireItems = frame.can(Capability.REVIEW_QUEUE) ? reviewQueue.pendingCount() : null;
        List<DashboardPage.FailingSource> failing = frame.can(Capability.MANAGE_SOURCES)
                ? sources.all().stream().filter(s -> s.health().failing())
                        .map(s -> new DashboardPage.FailingSource(s.id(), s.name(), s.health().lastError(),
                                s.health().consecutiveFailures()))
                        .toList()
                : null;
        model.addAttribute("page", new DashboardPage(frame, lists.dashboard(Stories.actor(frame.viewer())),
                frame.can(Capability.EDIT_OTHERS_STORIES), settings.settings().timeZone(), wireItems, failing));
        return "newsroom/home";
    }
}
