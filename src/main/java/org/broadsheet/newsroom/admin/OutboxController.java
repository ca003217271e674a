package org.broadsheet.newsroom.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Capability;
import org.broadsheet.newsroom.NewsroomFrame;
import org.broadsheet.newsroom.NewsroomFrames;
import org.broadsheet.platform.mail.Outbox;
import org.broadsheet.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /newsroom/outbox} (administrators): the mails the site sent or only logged. */
@Controller
class OutboxController {

    static final int PER_PAGE = 50;

    private final NewsroomFrames frames;
    private final Outbox outbox;

    OutboxController(NewsroomFrames frames, Outbox outbox) {
        this.frames = frames;
        this.outbox = outbox;
    }

    @GetMapping("/newsroom/outbox")
    String list(@RequestParam(defaultValue = "1") int page, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        NewsroomFrame frame = frame(request, response, "Outbox");
        int number = Math.max(1, Math.min(page, 10_000));
        List<Outbox.Mail> mails = outbox.newest(PER_PAGE + 1, (number - 1) * PER_PAGE);
        boolean more = mails.size() > PER_PAGE;
        model.addAttribute("page", new OutboxPage(frame, more ? mails.subList(0, PER_PAGE) : mails, number, more, null));
        return "newsroom/outbox";
    }

    @GetMapping("/newsroom/outbox/{id}")
    String open(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response, "Mail");
        Outbox.Mail mail = outbox.find(id).orElseThrow(() -> new NotFoundException("No such mail"));
        model.addAttribute("page", new OutboxPage(frame, List.of(), 1, false, mail));
        return "newsroom/outbox";
    }

    private NewsroomFrame frame(HttpServletRequest request, HttpServletResponse response, String title) {
        NewsroomFrame frame = frames.frame(request, response, title, "outbox");
        if (!frame.can(Capability.VIEW_AUDIT_LOG)) {
            throw new AccessDeniedException("outbox");
        }
        return frame;
    }
}
