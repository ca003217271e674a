package org.broadsheet.newsroom;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The newsroom's landing page (contributors and up; the security configuration keeps others out). */
@Controller
class NewsroomController {

    private final NewsroomFrames frames;

    NewsroomController(NewsroomFrames frames) {
        this.frames = frames;
    }

    @GetMapping("/newsroom")
    String home(HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frames.frame(request, response, "Newsroom", "dashboard");
        model.addAttribute("page", new NewsroomPage(frame, List.copyOf(frame.viewer().role().capabilities().stream()
                .sorted().toList())));
        return "newsroom/home";
    }
}
