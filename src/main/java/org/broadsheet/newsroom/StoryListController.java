package org.broadsheet.newsroom;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Capability;
import org.broadsheet.content.StoryActor;
import org.broadsheet.content.StoryListService;
import org.broadsheet.content.StoryListService.StoryList;
import org.broadsheet.content.StoryQuery;
import org.broadsheet.content.StoryService;
import org.broadsheet.content.StoryTab;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.platform.web.BadRequestException;
import org.broadsheet.site.SiteUrls;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The stories list: status tabs, filters, pages, and bulk publish / trash / restore. */
@Controller
class StoryListController {

    static final int MAX_BULK = 100;

    private final NewsroomFrames frames;
    private final StoryListService lists;
    private final StoryService stories;
    private final TaxonomyService taxonomy;
    private final SiteSettingsService settings;

    StoryListController(NewsroomFrames frames, StoryListService lists, StoryService stories, TaxonomyService taxonomy,
                        SiteSettingsService settings) {
        this.frames = frames;
        this.lists = lists;
        this.stories = stories;
        this.taxonomy = taxonomy;
        this.settings = settings;
    }

    @GetMapping("/newsroom/stories")
    String list(@RequestParam(defaultValue = "draft") String status, @RequestParam(defaultValue = "") String category,
                @RequestParam(defaultValue = "") String author, @RequestParam(defaultValue = "") String title,
                @RequestParam(defaultValue = "1") String page, @RequestParam(required = false) String notice,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        StoryTab tab = StoryTab.fromKey(status).orElseThrow(() -> new BadRequestException(
                "There is no such list of stories; pick one of the tabs."));
        int pageNumber = pageNumber(page);
        if (title.length() > 200) {
            throw new BadRequestException("Search for at most 200 characters of a headline.");
        }
        NewsroomFrame frame = frames.frame(request, response, "Stories", "stories");
        StoryActor actor = Stories.actor(frame.viewer());
        StoryList list = lists.list(actor, new StoryQuery(tab, category, author, title, pageNumber));
        Map<StoryTab, String> tabUrls = new EnumMap<>(StoryTab.class);
        for (StoryTab t : StoryTab.values()) {
            tabUrls.put(t, url(t, category, author, title, 1));
        }
        model.addAttribute("page", new StoryListPage(frame, tab, List.of(StoryTab.values()), list.counts(), tabUrls,
                category, author, title, taxonomy.categories(), list.items(), bulkActions(tab, frame),
                pageNumber > 1 ? url(tab, category, author, title, pageNumber - 1) : null,
                list.hasNext() ? url(tab, category, author, title, pageNumber + 1) : null, pageNumber,
                notice(notice), settings.settings().timeZone()));
        return "newsroom/stories";
    }

    /** Applies one action to the checked stories; each one is checked against the viewer's rights. */
    @PostMapping("/newsroom/stories/bulk")
    String bulk(@RequestParam(defaultValue = "") String bulkAction, @RequestParam(name = "id", required = false) List<Long> ids,
                @RequestParam(defaultValue = "draft") String status, HttpServletRequest request) {
        StoryActor actor = Stories.actor(frames.viewer(request.getUserPrincipal()));
        if (ids == null || ids.isEmpty()) {
            return "redirect:" + url(tabOrDraft(status), "", "", "", 1) + "&notice=none";
        }
        if (ids.size() > MAX_BULK) {
            throw new BadRequestException("Pick at most " + MAX_BULK + " stories at a time.");
        }
        int done = 0;
        for (long id : ids) {
            try {
                switch (bulkAction) {
                    case "publish" -> stories.publish(actor, id);
                    case "trash" -> stories.trash(actor, id);
                    case "restore" -> stories.restore(actor, id);
                    default -> throw new BadRequestException("Pick what to do with the stories: publish, trash or restore.");
                }
                done++;
            } catch (AccessDeniedException | org.broadsheet.platform.web.NotFoundException e) {
                // a story the viewer may not change is left as it is, and counted below
            }
        }
        String notice = done == ids.size() ? "done" : done == 0 ? "denied" : "partly";
        return "redirect:" + url(tabOrDraft(status), "", "", "", 1) + "&notice=" + notice;
    }

    private static List<String> bulkActions(StoryTab tab, NewsroomFrame frame) {
        List<String> actions = new ArrayList<>();
        boolean publishes = frame.can(Capability.PUBLISH_OWN_STORIES) || frame.can(Capability.EDIT_OTHERS_STORIES);
        if (tab == StoryTab.TRASH) {
            actions.add("restore");
            return actions;
        }
        if (publishes && tab != StoryTab.PUBLISHED) {
            actions.add("publish");
        }
        actions.add("trash");
        return actions;
    }

    private static String notice(String key) {
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "done" -> "Done.";
            case "partly" -> "Done for some stories; the others are not yours to change, so they were left as they were.";
            case "denied" -> "Nothing was changed: those stories are not yours to change.";
            case "none" -> "Tick the stories to change first.";
            default -> null;
        };
    }

    private static StoryTab tabOrDraft(String key) {
        return StoryTab.fromKey(key).orElse(StoryTab.DRAFT);
    }

    static String url(StoryTab tab, String category, String author, String title, int page) {
        StringBuilder url = new StringBuilder("/newsroom/stories?status=").append(tab.key());
        if (!category.isBlank()) {
            url.append("&category=").append(SiteUrls.encode(category));
        }
        if (!author.isBlank()) {
            url.append("&author=").append(SiteUrls.encode(author));
        }
        if (!title.isBlank()) {
            url.append("&title=").append(SiteUrls.encode(title));
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }

    private static int pageNumber(String page) {
        try {
            int number = Integer.parseInt(page);
            if (number >= 1 && number <= StoryQuery.MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new BadRequestException("The page number must be a whole number from 1 to " + StoryQuery.MAX_PAGE + ".");
    }
}
