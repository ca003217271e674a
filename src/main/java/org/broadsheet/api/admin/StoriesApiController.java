package org.broadsheet.api.admin;

import java.security.Principal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountService;
import org.broadsheet.accounts.Capability;
import org.broadsheet.api.ApiError;
import org.broadsheet.api.InvalidFieldsException;
import org.broadsheet.content.Story;
import org.broadsheet.content.StoryAction;
import org.broadsheet.content.StoryActor;
import org.broadsheet.content.StoryEdit;
import org.broadsheet.content.StoryInvalid;
import org.broadsheet.content.StoryListItem;
import org.broadsheet.content.StoryListService;
import org.broadsheet.content.StoryListService.StoryList;
import org.broadsheet.content.StoryQuery;
import org.broadsheet.content.StoryService;
import org.broadsheet.content.StoryTab;
import org.broadsheet.platform.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stories over the Admin API, through the same {@link StoryService} rules as the newsroom screens:
 * a story the token's account may not edit is 404, an action its role does not allow is 403,
 * invalid fields are 400 with a message per field.
 */
@RestController
class StoriesApiController {

    private final AccountService accounts;
    private final StoryService stories;
    private final StoryListService lists;

    StoriesApiController(AccountService accounts, StoryService stories, StoryListService lists) {
        this.accounts = accounts;
        this.stories = stories;
        this.lists = lists;
    }

    /** The editable fields in; {@code status} on create: "draft" (default), "submit", "publish" or "schedule" (with {@code at}). */
    record StoryRequest(String title, String dek, String body, String slug, String category, List<String> tags,
                        String imageUrl, String imageAlt, String imageCaption, String sourceName, String sourceUrl,
                        String attribution, String canonicalUrl, String originalTitle, String correctionNote,
                        String status, String at) {

        StoryEdit edit() {
            return new StoryEdit(title, dek, body, slug, category, tags, imageUrl, imageAlt, imageCaption, sourceName,
                    sourceUrl, attribution, canonicalUrl, originalTitle, correctionNote);
        }
    }

    record StoryJson(long id, String slug, String title, String dek, String body, String status, boolean pendingReview,
                     Instant publishedAt, Instant updatedAt, String author, String category, List<String> tags,
                     String imageUrl, String imageAlt, String imageCaption, String correctionNote, Long ownerAccountId) {
    }

    record StoryListJson(List<StoryListItemJson> items, int page, Integer nextPage) {
    }

    record StoryListItemJson(long id, String slug, String title, String status, Instant publishedAt, Instant updatedAt,
                             String author, String category) {
    }

    record Created(long id, String url) {
    }

    record ScheduleRequest(String at) {
    }

    @GetMapping("/api/admin/stories")
    StoryListJson list(@RequestParam(defaultValue = "published") String status, @RequestParam(defaultValue = "") String category,
                       @RequestParam(defaultValue = "") String author, @RequestParam(defaultValue = "") String title,
                       @RequestParam(defaultValue = "1") int page, Principal principal) {
        StoryTab tab = StoryTab.fromKey(status).orElseThrow(() -> new BadRequestException(
                "status must be one of draft, review, scheduled, published, trash."));
        if (page < 1 || page > StoryQuery.MAX_PAGE) {
            throw new BadRequestException("page must be from 1 to " + StoryQuery.MAX_PAGE + ".");
        }
        StoryList list = lists.list(actor(principal), new StoryQuery(tab, category, author, title, page));
        return new StoryListJson(list.items().stream().map(StoriesApiController::item).toList(), page,
                list.hasNext() ? page + 1 : null);
    }

    @GetMapping("/api/admin/stories/{id}")
    StoryJson get(@PathVariable long id, Principal principal) {
        return json(stories.find(actor(principal), id));
    }

    @PostMapping("/api/admin/stories")
    ResponseEntity<Created> create(@RequestBody StoryRequest request, Principal principal) {
        StoryAction action = request.status() == null || request.status().isBlank() ? StoryAction.DRAFT
                : StoryAction.fromKey(request.status()).orElseThrow(() -> new InvalidFieldsException(
                Map.of("status", "Use draft, submit, publish or schedule.")));
        long id = stories.create(actor(principal), request.edit(), action, action == StoryAction.SCHEDULE ? at(request.at()) : null);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/admin/stories/" + id)
                .body(new Created(id, "/api/admin/stories/" + id));
    }

    /** Replaces the editable fields (a field left out is emptied); the status stays. */
    @PutMapping("/api/admin/stories/{id}")
    StoryJson update(@PathVariable long id, @RequestBody StoryRequest request, Principal principal) {
        StoryActor actor = actor(principal);
        stories.update(actor, id, request.edit(), null, null);
        return json(stories.find(actor, id));
    }

    @PostMapping("/api/admin/stories/{id}/publish")
    StoryJson publish(@PathVariable long id, Principal principal) {
        StoryActor actor = actor(principal);
        stories.publish(actor, id);
        return json(stories.find(actor, id));
    }

    @PostMapping("/api/admin/stories/{id}/schedule")
    StoryJson schedule(@PathVariable long id, @RequestBody ScheduleRequest request, Principal principal) {
        StoryActor actor = actor(principal);
        stories.schedule(actor, id, at(request.at()));
        return json(stories.find(actor, id));
    }

    @PostMapping("/api/admin/stories/{id}/trash")
    StoryJson trash(@PathVariable long id, Principal principal) {
        StoryActor actor = actor(principal);
        stories.trash(actor, id);
        return json(stories.find(actor, id));
    }

    /** The same answer as {@link InvalidFieldsException} gets: 400 with a message per field. */
    @org.springframework.web.bind.annotation.ExceptionHandler(StoryInvalid.class)
    ResponseEntity<ApiError> invalid(StoryInvalid e) {
        InvalidFieldsException invalid = new InvalidFieldsException(e.fields());
        return ResponseEntity.badRequest().body(new ApiError(invalid.getMessage(), 400, new TreeMap<>(invalid.fields())));
    }

    private StoryActor actor(Principal principal) {
        Account account = accounts.findByEmail(principal.getName()).orElseThrow(() -> new AccessDeniedException("account is gone"));
        if (!account.can(Capability.EDIT_OWN_STORIES)) {
            throw new AccessDeniedException("Your role does not let you write stories.");
        }
        return new StoryActor(account.id(), account.displayName(), account.can(Capability.EDIT_OWN_STORIES),
                account.can(Capability.PUBLISH_OWN_STORIES), account.can(Capability.EDIT_OTHERS_STORIES));
    }

    private static Instant at(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldsException(Map.of("at", "Give the time to publish, such as 2026-11-24T21:30:00Z."));
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldsException(Map.of("at", "Give an ISO-8601 time with its offset, such as 2026-11-24T21:30:00Z."));
        }
    }

    private StoryJson json(Story s) {
        var e = s.edit();
        return new StoryJson(s.id(), e.slug(), e.title(), e.dek(), e.bodyMarkdown(), s.status().dbValue(), s.pendingReview(),
                s.publishedAt(), s.updatedAt(), s.authorName(), e.category(), e.tags(), blankToNull(e.imageUrl()),
                blankToNull(e.imageAlt()), blankToNull(e.imageCaption()), blankToNull(e.correctionNote()), s.ownerAccountId());
    }

    private static StoryListItemJson item(StoryListItem i) {
        return new StoryListItemJson(i.id(), i.slug(), i.title(), i.tab().key(), i.publishedAt(), i.updatedAt(),
                i.authorName(), i.categoryName());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
