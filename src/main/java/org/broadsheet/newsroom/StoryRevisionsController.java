package org.broadsheet.newsroom;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.content.LineDiff;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.content.StoryActor;
import org.broadsheet.content.StoryRevision;
import org.broadsheet.content.StoryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A story's revisions: what changed between two of them, and bringing an old one back. */
@Controller
class StoryRevisionsController {

    private final NewsroomFrames frames;
    private final StoryService stories;
    private final SiteSettingsService settings;

    StoryRevisionsController(NewsroomFrames frames, StoryService stories, SiteSettingsService settings) {
        this.frames = frames;
        this.stories = stories;
        this.settings = settings;
    }

    @GetMapping("/newsroom/stories/{id:\\d+}/revisions/diff")
    String diff(@PathVariable long id, @RequestParam long from, @RequestParam long to, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        NewsroomFrame frame = frames.frame(request, response, "Changes between revisions", "stories");
        StoryActor actor = Stories.actor(frame.viewer());
        StoryRevision older = stories.revision(actor, id, Math.min(from, to));
        StoryRevision newer = stories.revision(actor, id, Math.max(from, to));
        List<StoryDiffPage.Section> sections = List.of(
                section("Headline", older.edit().title(), newer.edit().title()),
                section("Standfirst", older.edit().dek(), newer.edit().dek()),
                section("Body", older.edit().bodyMarkdown(), newer.edit().bodyMarkdown()));
        model.addAttribute("page", new StoryDiffPage(frame, id, older, newer, sections, settings.settings().timeZone()));
        return "newsroom/storiesDiff";
    }

    @PostMapping("/newsroom/stories/{id:\\d+}/revisions/{revisionId:\\d+}/restore")
    String restore(@PathVariable long id, @PathVariable long revisionId, HttpServletRequest request) {
        stories.restoreRevision(Stories.actor(frames.viewer(request.getUserPrincipal())), id, revisionId);
        return "redirect:/newsroom/stories/" + id + "?saved=revision";
    }

    private static StoryDiffPage.Section section(String name, String before, String after) {
        List<LineDiff.Line> lines = LineDiff.of(before, after);
        return new StoryDiffPage.Section(name, lines, LineDiff.changed(lines));
    }
}
