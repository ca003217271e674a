package org.broadsheet.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Capability;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.content.StoryListService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The newsroom's dashboard (contributors and up; the security configuration keeps others out). */
@Controller
class NewsroomController {

    private final NewsroomFrames frames;
    private final StoryListService lists;
    private final SiteSettingsService settings;

    NewsroomController(NewsroomFrames frames, StoryListService lists, SiteSettingsService settings) {
        this.frames = frames;
        this.lists = lists;
        this.settings = settings;
    }

    @GetMapping("/newsroom")
    String home(HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frames.frame(request, response, "Dashboard", "dashboard");
        model.addAttribute("page", new DashboardPage(frame, lists.dashboard(Stories.actor(frame.viewer())),
                frame.can(Capability.EDIT_OTHERS_STORIES), settings.settings().timeZone()));
        return "newsroom/home";
    }
}
