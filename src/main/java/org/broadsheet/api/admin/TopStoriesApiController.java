package org.broadsheet.api.admin;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountService;
import org.broadsheet.accounts.Capability;
import org.broadsheet.api.InvalidFieldsException;
import org.broadsheet.audit.AuditLog;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.TopStoryPins;
import org.broadsheet.trending.TopStories;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/top-stories}: the Top Stories block and its pins. Editors and administrators
 * ({@link Capability#EDIT_OTHERS_STORIES}).
 */
@RestController
class TopStoriesApiController {

    private final AccountService accounts;
    private final TopStories topStories;
    private final TopStoryPins pins;
    private final ArticleService articles;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    TopStoriesApiController(AccountService accounts, TopStories topStories, TopStoryPins pins, ArticleService articles,
                            AuditLog audit, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.topStories = topStories;
        this.pins = pins;
        this.articles = articles;
        this.audit = audit;
        this.transaction = transaction;
    }

    record Story(long id, String title, String slug, boolean pinned) {
    }

    record Block(List<Story> stories) {
    }

    record Pin(Long storyId) {
    }

    @GetMapping("/api/admin/top-stories")
    Block block(Principal principal) {
        editor(principal);
        Set<Long> pinned = Set.copyOf(pins.pinnedIds());
        return new Block(topStories.top(TopStoryPins.MAX_PINS * 2, 0).stream()
                .map(s -> new Story(s.id(), s.title(), s.slug(), pinned.contains(s.id()))).toList());
    }

    @PostMapping("/api/admin/top-stories/pins")
    @ResponseStatus(HttpStatus.CREATED)
    Block pin(@RequestBody Pin pin, Principal principal) {
        Account editor = editor(principal);
        if (pin.storyId() == null) {
            throw new InvalidFieldsException(Map.of("storyId", "Give the id of the story to pin."));
        }
        Article story = articles.findAnyStatus(pin.storyId())
                .orElseThrow(() -> new InvalidFieldsException(Map.of("storyId", "There is no story " + pin.storyId() + ".")));
        try {
            transaction.executeWithoutResult(status -> {
                pins.pin(story.id(), editor.email());
                audit.record(editor, "pinned", "story", String.valueOf(story.id()), story.title());
            });
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldsException(Map.of("storyId", e.getMessage()));
        }
        return block(principal);
    }

    @DeleteMapping("/api/admin/top-stories/pins/{storyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unpin(@PathVariable long storyId, Principal principal) {
        Account editor = editor(principal);
        transaction.executeWithoutResult(status -> {
            if (pins.unpin(storyId)) {
                audit.record(editor, "unpinned", "story", String.valueOf(storyId),
                        articles.findAnyStatus(storyId).map(Article::title).orElse(""));
            }
        });
    }

    private Account editor(Principal principal) {
        Account account = accounts.findByEmail(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("account is gone"));
        if (!account.can(Capability.EDIT_OTHERS_STORIES)) {
            throw new AccessDeniedException("editors only");
        }
        return account;
    }
}
