package org.broadsheet.newsroom;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.Markdown;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.content.Story;
import org.broadsheet.content.StoryAction;
import org.broadsheet.content.StoryActor;
import org.broadsheet.content.StoryInvalid;
import org.broadsheet.content.StoryService;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.site.SiteUrls;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The story editor: new and existing stories, plain form posts (the script adds live preview,
 * autosave, tag suggestions and picture upload on top). Every action goes through
 * {@link StoryService}, which checks what the viewer may do.
 */
@Controller
class StoryEditorController {

    private final NewsroomFrames frames;
    private final StoryService stories;
    private final TaxonomyService taxonomy;
    private final SiteSettingsService settings;

    StoryEditorController(NewsroomFrames frames, StoryService stories, TaxonomyService taxonomy,
                          SiteSettingsService settings) {
        this.frames = frames;
        this.stories = stories;
        this.taxonomy = taxonomy;
        this.settings = settings;
    }

    @GetMapping("/newsroom/stories/new")
    String newStory(HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response, "New story");
        StoryActor actor = Stories.actor(frame.viewer());
        if (!actor.writes()) {
            throw new org.springframework.security.access.AccessDeniedException("Your role does not let you write stories.");
        }
        return editor(model, frame, null, null, StoryForm.EMPTY, Map.of(), actor.mayPublish(actor.accountId()), null);
    }

    @PostMapping("/newsroom/stories")
    String create(@ModelAttribute StoryForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        StoryActor actor = Stories.actor(frames.viewer(request.getUserPrincipal()));
        try {
            long id = stories.create(actor, form.edit(), action(form), Stories.parseLocal(form.scheduledAt(), zone()));
            return "redirect:/newsroom/stories/" + id + "?saved=" + form.action();
        } catch (StoryInvalid e) {
            response.setStatus(400);
            NewsroomFrame frame = frame(request, response, "New story");
            return editor(model, frame, null, null, form, e.fields(), actor.mayPublish(actor.accountId()), null);
        }
    }

    @GetMapping("/newsroom/stories/{id:\\d+}")
    String edit(@PathVariable long id, @RequestParam(required = false) String saved, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response, "Edit story");
        StoryActor actor = Stories.actor(frame.viewer());
        Story story = stories.find(actor, id);
        return editor(model, frame, story, actor, StoryForm.of(story, zone()), Map.of(),
                actor.mayPublish(story.ownerAccountId()), savedNotice(saved, story));
    }

    @PostMapping("/newsroom/stories/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute StoryForm form, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        StoryActor actor = Stories.actor(frames.viewer(request.getUserPrincipal()));
        try {
            stories.update(actor, id, form.edit(), action(form), Stories.parseLocal(form.scheduledAt(), zone()));
            return "redirect:/newsroom/stories/" + id + "?saved=" + form.action();
        } catch (StoryInvalid e) {
            response.setStatus(400);
            NewsroomFrame frame = frame(request, response, "Edit story");
            Story story = stories.find(actor, id);
            return editor(model, frame, story, actor, form, e.fields(), actor.mayPublish(story.ownerAccountId()), null);
        }
    }

    @PostMapping("/newsroom/stories/{id:\\d+}/trash")
    String trash(@PathVariable long id, HttpServletRequest request) {
        stories.trash(Stories.actor(frames.viewer(request.getUserPrincipal())), id);
        return "redirect:/newsroom/stories?status=trash&notice=done";
    }

    @PostMapping("/newsroom/stories/{id:\\d+}/restore")
    String restore(@PathVariable long id, HttpServletRequest request) {
        stories.restore(Stories.actor(frames.viewer(request.getUserPrincipal())), id);
        return "redirect:/newsroom/stories/" + id + "?saved=restored";
    }

    /** Autosave of a story not saved yet: creates the draft and tells the script its id. */
    @PostMapping(value = "/newsroom/stories/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosaveNew(@ModelAttribute StoryForm form, HttpServletRequest request) {
        StoryActor actor = Stories.actor(frames.viewer(request.getUserPrincipal()));
        try {
            long id = stories.createByAutosave(actor, form.edit());
            return ResponseEntity.ok(Map.of("id", id, "url", "/newsroom/stories/" + id));
        } catch (StoryInvalid e) {
            return ResponseEntity.badRequest().body(Map.of("error", "Not saved yet", "status", 400, "fields", e.fields()));
        }
    }

    @PostMapping(value = "/newsroom/stories/{id:\\d+}/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @ModelAttribute StoryForm form,
                                                 HttpServletRequest request) {
        StoryActor actor = Stories.actor(frames.viewer(request.getUserPrincipal()));
        try {
            stories.autosave(actor, id, form.edit());
            return ResponseEntity.ok(Map.of("id", id, "url", "/newsroom/stories/" + id));
        } catch (StoryInvalid e) {
            return ResponseEntity.badRequest().body(Map.of("error", "Not saved yet", "status", 400, "fields", e.fields()));
        }
    }

    /** The body's Markdown as sanitised HTML, for the editor's live preview. */
    @PostMapping(value = "/newsroom/stories/preview", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String preview(@RequestParam(defaultValue = "") String body, HttpServletRequest request) {
        StoryActor actor = Stories.actor(frames.viewer(request.getUserPrincipal()));
        if (!actor.writes()) {
            throw new org.springframework.security.access.AccessDeniedException("Your role does not let you write stories.");
        }
        return Markdown.toHtml(body).html();
    }

    @GetMapping(value = "/newsroom/tags/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<String> suggestTags(@RequestParam(defaultValue = "") String q, HttpServletRequest request) {
        StoryActor actor = Stories.actor(frames.viewer(request.getUserPrincipal()));
        if (!actor.writes() || q.length() > 100) {
            return List.of();
        }
        return stories.suggestTags(q);
    }

    private String editor(Model model, NewsroomFrame frame, Story story, StoryActor actor, StoryForm form,
                          Map<String, String> errors, boolean mayPublish, String notice) {
        Long id = story == null ? null : story.id();
        String publicUrl = story != null && story.status() == ArticleStatus.PUBLISHED ? SiteUrls.article(story.edit().slug()) : null;
        model.addAttribute("page", new StoryEditorPage(frame, id, story == null ? null : story.statusLabel(), form, errors,
                taxonomy.categories(), mayPublish, story == null ? List.of() : stories.revisions(actor, story.id()),
                publicUrl, notice, zone().getId(), Markdown.toHtml(form.body())));
        return "newsroom/storiesEditor";
    }

    private NewsroomFrame frame(HttpServletRequest request, HttpServletResponse response, String title) {
        return frames.frame(request, response, title, "stories").withScript(frames.asset("/assets/newsroom-editor.js"));
    }

    private ZoneId zone() {
        return settings.settings().timeZone();
    }

    private static StoryAction action(StoryForm form) {
        return StoryAction.fromKey(form.action()).orElse(null);
    }

    private static String savedNotice(String saved, Story story) {
        if (saved == null) {
            return null;
        }
        return switch (saved) {
            case "publish" -> "Published.";
            case "schedule" -> "Scheduled.";
            case "submit" -> "Saved and submitted for review.";
            case "restored" -> story.status() == ArticleStatus.TRASHED ? null : "Taken out of the trash; it is a draft again.";
            case "revision" -> "The old revision is back (saved as a new revision).";
            default -> "Saved.";
        };
    }
}
