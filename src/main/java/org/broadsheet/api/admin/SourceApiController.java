package org.broadsheet.api.admin;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountService;
import org.broadsheet.accounts.Capability;
import org.broadsheet.api.InvalidFieldsException;
import org.broadsheet.platform.web.NotFoundException;
import org.broadsheet.syndication.FeedPoller;
import org.broadsheet.syndication.OpmlImport;
import org.broadsheet.syndication.PollOutcome;
import org.broadsheet.syndication.Source;
import org.broadsheet.syndication.SourceException;
import org.broadsheet.syndication.SourceService;
import org.broadsheet.syndication.SourceSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Wire feed sources through the Admin API (capability MANAGE_SOURCES): CRUD, health, poll now, OPML import. */
@RestController
@RequestMapping("/api/admin/sources")
class SourceApiController {

    private final SourceService sources;
    private final FeedPoller poller;
    private final OpmlImport opml;
    private final AccountService accounts;

    SourceApiController(SourceService sources, FeedPoller poller, OpmlImport opml, AccountService accounts) {
        this.sources = sources;
        this.poller = poller;
        this.opml = opml;
        this.accounts = accounts;
    }

    /** A source as sent: every field may be left out (defaults for a new source, current values on PUT). */
    record SourceInput(String name, String url, String categorySlug, Map<String, String> categoryMap, String mode,
                       String attribution, Boolean allowRewrite, List<String> includeKeywords,
                       List<String> excludeKeywords, Integer pollMinutes, String seoPolicy, String duplicatePolicy,
                       Boolean enabled) {

        SourceSettings over(SourceSettings base) {
            StringBuilder map = new StringBuilder();
            if (categoryMap != null) {
                categoryMap.forEach((feed, site) -> map.append(feed).append(" = ").append(site).append('\n'));
            }
            return new SourceSettings(or(name, base.name()), or(url, base.url()), or(categorySlug, base.categorySlug()),
                    categoryMap == null ? base.categoryMap() : map.toString(), or(mode, base.mode()),
                    or(attribution, base.attribution()), allowRewrite == null ? base.allowRewrite() : allowRewrite,
                    includeKeywords == null ? base.include() : String.join(", ", includeKeywords),
                    excludeKeywords == null ? base.exclude() : String.join(", ", excludeKeywords),
                    pollMinutes == null ? base.pollMinutes() : String.valueOf(pollMinutes),
                    or(seoPolicy, base.seoPolicy()), or(duplicatePolicy, base.duplicatePolicy()),
                    enabled == null ? base.enabled() : enabled);
        }

        private static String or(String value, String fallback) {
            return value == null ? fallback : value;
        }
    }

    /** A source with its polling health. */
    record SourceJson(long id, String name, String url, String categorySlug, Map<String, String> categoryMap, String mode,
                      String attribution, boolean allowRewrite, List<String> includeKeywords, List<String> excludeKeywords,
                      int pollMinutes, String seoPolicy, String duplicatePolicy, boolean enabled, Instant lastPolledAt,
                      String lastStatus, String lastError, int consecutiveFailures, Instant nextPollAt, long itemCount) {

        static SourceJson of(Source s) {
            Source.Health h = s.health();
            return new SourceJson(s.id(), s.name(), s.feedUrl(), s.categorySlug(), s.categoryMap(), s.mode().key(),
                    s.attribution(), s.allowRewrite(), s.includeKeywords(), s.excludeKeywords(), s.pollMinutes(),
                    s.seoPolicy().key(), s.duplicatePolicy().key(), s.enabled(), h.lastPolledAt(), h.lastStatus(),
                    h.lastError(), h.consecutiveFailures(), h.nextPollAt(), h.itemCount());
        }
    }

    record OpmlJson(List<SourceJson> created, List<String> problems) {
    }

    @GetMapping
    List<SourceJson> list(Principal principal) {
        allowed(principal);
        return sources.all().stream().map(SourceJson::of).toList();
    }

    @GetMapping("/{id}")
    SourceJson get(@PathVariable long id, Principal principal) {
        allowed(principal);
        return SourceJson.of(find(id));
    }

    @PostMapping
    ResponseEntity<SourceJson> create(@RequestBody SourceInput input, Principal principal) {
        Account actor = allowed(principal);
        try {
            Source created = sources.create(input.over(SourceSettings.defaults()), actor);
            return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/admin/sources/" + created.id())
                    .body(SourceJson.of(created));
        } catch (SourceException e) {
            throw new InvalidFieldsException(e.fields());
        }
    }

    @PutMapping("/{id}")
    SourceJson update(@PathVariable long id, @RequestBody SourceInput input, Principal principal) {
        Account actor = allowed(principal);
        Source existing = find(id);
        try {
            return SourceJson.of(sources.update(id, input.over(SourceSettings.of(existing)), actor));
        } catch (SourceException e) {
            throw new InvalidFieldsException(e.fields());
        }
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Principal principal) {
        Account actor = allowed(principal);
        find(id);
        sources.delete(id, actor);
        return ResponseEntity.noContent().build();
    }

    /** Polls the source now and answers with what happened. */
    @PostMapping("/{id}/poll")
    PollOutcome poll(@PathVariable long id, Principal principal) {
        allowed(principal);
        find(id);
        return poller.pollNow(id);
    }

    /** Adds a source for each feed of an OPML file sent as the request body. */
    @PostMapping(path = "/opml", consumes = {"text/xml", "application/xml", "text/x-opml", "application/octet-stream"})
    ResponseEntity<OpmlJson> importOpml(@RequestBody byte[] body, @RequestParam String categorySlug,
                                        @RequestParam(defaultValue = "review") String mode, Principal principal) {
        Account actor = allowed(principal);
        try {
            OpmlImport.Result result = opml.importOpml(body, categorySlug, mode, actor);
            return ResponseEntity.status(result.created().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(new OpmlJson(result.created().stream().map(SourceJson::of).toList(), result.problems()));
        } catch (SourceException e) {
            throw new InvalidFieldsException(e.fields());
        }
    }

    private Source find(long id) {
        return sources.find(id).orElseThrow(() -> new NotFoundException("There is no source " + id + "."));
    }

    private Account allowed(Principal principal) {
        if (principal == null) {
            throw new AccessDeniedException("not signed in");
        }
        Account account = accounts.findByEmail(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("account is gone"));
        if (!account.can(Capability.MANAGE_SOURCES)) {
            throw new AccessDeniedException("needs MANAGE_SOURCES");
        }
        return account;
    }
}
