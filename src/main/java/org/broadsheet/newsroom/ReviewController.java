package org.broadsheet.newsroom;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Capability;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.syndication.ReviewException;
import org.broadsheet.syndication.ReviewQueue;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /newsroom/review}: syndicated items waiting for an editor; approve (publish) or reject, one by one or in bulk. */
@Controller
class ReviewController {

    static final int PAGE_SIZE = 50;

    private final NewsroomFrames frames;
    private final ReviewQueue queue;
    private final TaxonomyService taxonomy;

    ReviewController(NewsroomFrames frames, ReviewQueue queue, TaxonomyService taxonomy) {
        this.frames = frames;
        this.queue = queue;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/newsroom/review")
    String queue(HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response);
        model.addAttribute("page", new ReviewPage(frame, queue.pending(PAGE_SIZE), queue.pendingCount(), taxonomy.categories(),
                (String) model.getAttribute("notice"), Map.of(), Map.of()));
        return "newsroom/review";
    }

    @PostMapping("/newsroom/review/{id}")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String headline,
                  @RequestParam(required = false) String category, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        NewsroomFrame frame = frame(request, response);
        try {
            if ("approve".equals(decision)) {
                queue.approve(id, headline, category, frame.viewer());
                redirect.addFlashAttribute("notice", "Published.");
            } else {
                queue.reject(id, frame.viewer());
                redirect.addFlashAttribute("notice", "Rejected. It will not come back.");
            }
            return "redirect:/newsroom/review";
        } catch (ReviewException e) {
            response.setStatus(e.fields().isEmpty() ? 409 : 400);
            model.addAttribute("page", new ReviewPage(frame, queue.pending(PAGE_SIZE), queue.pendingCount(),
                    taxonomy.categories(), e.getMessage(), Map.of(id, e.fields()),
                    headline == null ? Map.of() : Map.of(id, headline)));
            return "newsroom/review";
        }
    }

    @PostMapping("/newsroom/review/bulk")
    String bulk(@RequestParam(required = false) List<Long> ids, @RequestParam String decision,
                HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        NewsroomFrame frame = frame(request, response);
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("notice", "Tick the items first.");
            return "redirect:/newsroom/review";
        }
        Map<Long, String> failures = "approve".equals(decision) ? queue.approveAll(ids, frame.viewer())
                : queue.rejectAll(ids, frame.viewer());
        int done = ids.size() - failures.size();
        redirect.addFlashAttribute("notice", ("approve".equals(decision) ? "Published " : "Rejected ") + done + " item"
                + (done == 1 ? "" : "s") + "." + (failures.isEmpty() ? "" : " " + failures.size() + " could not be: "
                + String.join(" ", failures.values())));
        return "redirect:/newsroom/review";
    }

    private NewsroomFrame frame(HttpServletRequest request, HttpServletResponse response) {
        NewsroomFrame frame = frames.frame(request, response, "Review queue", "review");
        if (!frame.can(Capability.REVIEW_QUEUE)) {
            throw new AccessDeniedException("needs REVIEW_QUEUE");
        }
        return frame;
    }
}
