package org.broadsheet.newsroom.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Capability;
import org.broadsheet.content.InputProblem;
import org.broadsheet.content.StaticPageService;
import org.broadsheet.newsroom.NewsroomFrame;
import org.broadsheet.newsroom.NewsroomFrames;
import org.broadsheet.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /newsroom/pages}: static pages (About, Privacy, ...) in Markdown or sanitised HTML. */
@Controller
class PagesController {

    static final String PATH = "/newsroom/pages";

    private final NewsroomFrames frames;
    private final StaticPageService pages;
    private final Audited audited;

    PagesController(NewsroomFrames frames, StaticPageService pages, Audited audited) {
        this.frames = frames;
        this.pages = pages;
        this.audited = audited;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String done, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        String notice = done == null ? null : "deleted".equals(done) ? "The page is deleted." : "The page is saved.";
        model.addAttribute("page", new PagesPage(frame(request, response, "Pages"), pages.list(), notice));
        return "newsroom/pages";
    }

    @GetMapping(PATH + "/new")
    String newPage(HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("page", new PageEditPage(frame(request, response, "New page"), null, PageForm.empty(),
                FormErrors.none()));
        return "newsroom/pagesEdit";
    }

    @PostMapping(PATH)
    String create(@ModelAttribute PageForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(null, form, frame(request, response, "New page"), response, model);
    }

    @GetMapping(PATH + "/{id}")
    String edit(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response, "Edit page");
        var page = pages.editable(id).orElseThrow(() -> new NotFoundException("No such page"));
        model.addAttribute("page", new PageEditPage(frame, id, PageForm.of(page), FormErrors.none()));
        return "newsroom/pagesEdit";
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, @ModelAttribute PageForm form, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response, "Edit page");
        pages.editable(id).orElseThrow(() -> new NotFoundException("No such page"));
        return save(id, form, frame, response, model);
    }

    @PostMapping(PATH + "/{id}/delete")
    String delete(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
        NewsroomFrame frame = frame(request, response, "Pages");
        var page = pages.editable(id).orElseThrow(() -> new NotFoundException("No such page"));
        audited.run(frame.viewer(), "deleted", "page", Long.toString(id), "deleted the page “" + page.title() + "”",
                () -> pages.delete(id));
        return "redirect:" + PATH + "?done=deleted";
    }

    private String save(Long id, PageForm form, NewsroomFrame frame, HttpServletResponse response, Model model) {
        try {
            audited.run(frame.viewer(), id == null ? "created" : "updated", "page", (Long saved) -> saved.toString(),
                    (id == null ? "created" : "changed") + " the page “" + form.titleOrEmpty().strip() + "”",
                    () -> pages.save(id, form.slug(), form.title(), form.body(), form.markdown()));
            return "redirect:" + PATH + "?done=saved";
        } catch (InputProblem problem) {
            model.addAttribute("page", new PageEditPage(frame, id, form, FormErrors.of(problem, response)));
            return "newsroom/pagesEdit";
        }
    }

    private NewsroomFrame frame(HttpServletRequest request, HttpServletResponse response, String title) {
        NewsroomFrame frame = frames.frame(request, response, title, "pages");
        if (!frame.can(Capability.MANAGE_PAGES)) {
            throw new AccessDeniedException("pages");
        }
        return frame;
    }
}
