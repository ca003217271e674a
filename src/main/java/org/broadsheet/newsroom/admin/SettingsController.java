package org.broadsheet.newsroom.admin;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Capability;
import org.broadsheet.content.InputProblem;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.content.TaxonomyEditing;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.newsroom.NewsroomFrame;
import org.broadsheet.newsroom.NewsroomFrames;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /newsroom/settings}: the site's name, texts, links, menu, time zone and sign-up switch. */
@Controller
class SettingsController {

    static final String PATH = "/newsroom/settings";

    private final NewsroomFrames frames;
    private final SiteSettingsService settings;
    private final TaxonomyService taxonomy;
    private final TaxonomyEditing editing;
    private final Audited audited;

    SettingsController(NewsroomFrames frames, SiteSettingsService settings, TaxonomyService taxonomy,
                       TaxonomyEditing editing, Audited audited) {
        this.frames = frames;
        this.settings = settings;
        this.taxonomy = taxonomy;
        this.editing = editing;
        this.audited = audited;
    }

    @GetMapping(PATH)
    String show(@RequestParam(required = false) String saved, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        NewsroomFrame frame = frame(request, response);
        List<SettingsPage.MenuEntry> menu = taxonomy.categories().stream()
                .map(c -> new SettingsPage.MenuEntry(c.id(), c.name(), c.menuPosition() == null ? "" : c.menuPosition().toString()))
                .toList();
        model.addAttribute("page", new SettingsPage(frame, SettingsForm.of(settings.settings()), menu, FormErrors.none(),
                saved != null));
        return "newsroom/settings";
    }

    @PostMapping(PATH)
    String save(@ModelAttribute SettingsForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response);
        Account actor = frame.viewer();
        try {
            List<Long> menu = form.menu();
            audited.run(actor, "updated", "setting", "site", "changed the site settings", () -> {
                settings.update(form.update());
                if (!form.menuCategory().isEmpty()) {
                    editing.setMenu(menu);
                }
            });
            return "redirect:" + PATH + "?saved";
        } catch (InputProblem problem) {
            List<SettingsPage.MenuEntry> entries = taxonomy.categories().stream().map(c -> {
                int i = form.menuCategory().indexOf(c.id());
                return new SettingsPage.MenuEntry(c.id(), c.name(), i >= 0 && i < form.menuPosition().size()
                        ? form.menuPosition().get(i) : "");
            }).collect(Collectors.toList());
            model.addAttribute("page", new SettingsPage(frame, form, entries, FormErrors.of(problem, response), false));
            return "newsroom/settings";
        }
    }

    private NewsroomFrame frame(HttpServletRequest request, HttpServletResponse response) {
        NewsroomFrame frame = frames.frame(request, response, "Settings", "settings");
        if (!frame.can(Capability.MANAGE_SETTINGS)) {
            throw new AccessDeniedException("settings");
        }
        return frame;
    }
}
