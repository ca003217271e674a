package org.broadsheet.newsroom;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Capability;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.platform.web.NotFoundException;
import org.broadsheet.syndication.FeedPoller;
import org.broadsheet.syndication.OpmlImport;
import org.broadsheet.syndication.PollOutcome;
import org.broadsheet.syndication.Source;
import org.broadsheet.syndication.SourceException;
import org.broadsheet.syndication.SourceService;
import org.broadsheet.syndication.SourceSettings;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /newsroom/sources}: wire feed sources with their health; add, edit, pause, resume, poll now, delete, OPML import. */
@Controller
class SourceController {

    private final NewsroomFrames frames;
    private final SourceService sources;
    private final FeedPoller poller;
    private final OpmlImport opml;
    private final TaxonomyService taxonomy;

    SourceController(NewsroomFrames frames, SourceService sources, FeedPoller poller, OpmlImport opml,
                     TaxonomyService taxonomy) {
        this.frames = frames;
        this.sources = sources;
        this.poller = poller;
        this.opml = opml;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/newsroom/sources")
    String list(HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response, "Sources");
        model.addAttribute("page", new SourcesPage(frame, sources.all(), taxonomy.categories(),
                (String) model.getAttribute("notice"), problems(model)));
        return "newsroom/sources";
    }

    @GetMapping("/newsroom/sources/new")
    String newSource(HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response, "Add a source");
        model.addAttribute("page", new SourceFormPage(frame, null, SourceSettings.defaults(), Map.of(),
                taxonomy.categories(), null));
        return "newsroom/sourcesForm";
    }

    @PostMapping("/newsroom/sources")
    String create(SourceForm form, HttpServletRequest request, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        NewsroomFrame frame = frame(request, response, "Add a source");
        try {
            Source created = sources.create(form.settings(), frame.viewer());
            redirect.addFlashAttribute("notice", "Added " + created.name() + ". It will be polled within a minute.");
            return "redirect:/newsroom/sources";
        } catch (SourceException e) {
            response.setStatus(400);
            model.addAttribute("page", new SourceFormPage(frame, null, form.settings(), e.fields(), taxonomy.categories(), null));
            return "newsroom/sourcesForm";
        }
    }

    @GetMapping("/newsroom/sources/{id}")
    String edit(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Source source = find(id);
        NewsroomFrame frame = frame(request, response, source.name());
        model.addAttribute("page", new SourceFormPage(frame, source, SourceSettings.of(source), Map.of(),
                taxonomy.categories(), (String) model.getAttribute("notice")));
        return "newsroom/sourcesForm";
    }

    @PostMapping("/newsroom/sources/{id}")
    String update(@PathVariable long id, SourceForm form, HttpServletRequest request, HttpServletResponse response,
                  Model model, RedirectAttributes redirect) {
        Source source = find(id);
        NewsroomFrame frame = frame(request, response, source.name());
        try {
            Source saved = sources.update(id, form.settings(), frame.viewer());
            redirect.addFlashAttribute("notice", "Saved the settings of " + saved.name() + ".");
            return "redirect:/newsroom/sources";
        } catch (SourceException e) {
            response.setStatus(400);
            model.addAttribute("page", new SourceFormPage(frame, source, form.settings(), e.fields(), taxonomy.categories(), null));
            return "newsroom/sourcesForm";
        }
    }

    @PostMapping("/newsroom/sources/{id}/pause")
    String pause(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Source source = find(id);
        sources.setEnabled(id, false, frame(request, response, "Sources").viewer());
        redirect.addFlashAttribute("notice", "Paused " + source.name() + ".");
        return "redirect:/newsroom/sources";
    }

    @PostMapping("/newsroom/sources/{id}/resume")
    String resume(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Source source = find(id);
        sources.setEnabled(id, true, frame(request, response, "Sources").viewer());
        redirect.addFlashAttribute("notice", "Resumed " + source.name() + ". It will be polled within a minute.");
        return "redirect:/newsroom/sources";
    }

    @PostMapping("/newsroom/sources/{id}/poll")
    String poll(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Source source = find(id);
        frame(request, response, "Sources");
        PollOutcome outcome = poller.pollNow(id);
        redirect.addFlashAttribute("notice", source.name() + ": " + outcome.summary());
        return "redirect:/newsroom/sources";
    }

    @PostMapping("/newsroom/sources/{id}/delete")
    String delete(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Source source = find(id);
        sources.delete(id, frame(request, response, "Sources").viewer());
        redirect.addFlashAttribute("notice", "Deleted " + source.name() + ". Its published stories stay.");
        return "redirect:/newsroom/sources";
    }

    @PostMapping("/newsroom/sources/opml")
    String importOpml(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String categorySlug,
                      @RequestParam(defaultValue = "review") String mode, HttpServletRequest request,
                      HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Account viewer = frame(request, response, "Sources").viewer();
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problems", List.of("Choose an OPML file to import."));
            return "redirect:/newsroom/sources";
        }
        try {
            OpmlImport.Result result = opml.importOpml(file.getBytes(), categorySlug, mode, viewer);
            redirect.addFlashAttribute("notice", "Imported " + result.created().size() + " source"
                    + (result.created().size() == 1 ? "" : "s") + ".");
            redirect.addFlashAttribute("problems", result.problems());
        } catch (SourceException e) {
            redirect.addFlashAttribute("problems", List.copyOf(e.fields().values()));
        }
        return "redirect:/newsroom/sources";
    }

    private NewsroomFrame frame(HttpServletRequest request, HttpServletResponse response, String title) {
        NewsroomFrame frame = frames.frame(request, response, title, "sources");
        if (!frame.can(Capability.MANAGE_SOURCES)) {
            throw new AccessDeniedException("needs MANAGE_SOURCES");
        }
        return frame;
    }

    private Source find(long id) {
        return sources.find(id).orElseThrow(() -> new NotFoundException("No such source"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(Model model) {
        Object problems = model.getAttribute("problems");
        return problems instanceof List<?> list ? (List<String>) list : List.of();
    }
}
