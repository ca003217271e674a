package org.broadsheet.api.admin;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Capability;
import org.broadsheet.content.StaticPageService;
import org.broadsheet.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/pages}: static pages (MANAGE_PAGES). Bodies are sent as Markdown
 * ({@code "format": "markdown"}, the default) or HTML ({@code "html"}); only sanitised HTML is stored.
 */
@RestController
@RequestMapping("/api/admin/pages")
class PageApiController {

    record PageJson(long id, String slug, String url, String title, String format, String body, String bodyHtml,
                    Instant updatedAt) {
        static PageJson of(StaticPageService.Editable p) {
            boolean markdown = p.bodyMarkdown() != null;
            return new PageJson(p.id(), p.slug(), "/" + p.slug(), p.title(), markdown ? "markdown" : "html",
                    markdown ? p.bodyMarkdown() : p.bodyHtml(), p.bodyHtml(), p.updatedAt());
        }
    }

    record PageInput(String title, String slug, String format, String body) {
        boolean markdown() {
            return format == null || !"html".equalsIgnoreCase(format.strip());
        }
    }

    private final AdminApiSupport support;
    private final StaticPageService pages;

    PageApiController(AdminApiSupport support, StaticPageService pages) {
        this.support = support;
        this.pages = pages;
    }

    @GetMapping
    List<PageJson> list(Principal principal) {
        support.require(principal, Capability.MANAGE_PAGES);
        return pages.list().stream().map(PageJson::of).toList();
    }

    @GetMapping("/{id}")
    PageJson get(@PathVariable long id, Principal principal) {
        support.require(principal, Capability.MANAGE_PAGES);
        return PageJson.of(page(id));
    }

    @PostMapping
    ResponseEntity<PageJson> create(@RequestBody PageInput input, Principal principal) {
        Account actor = support.require(principal, Capability.MANAGE_PAGES);
        long id = support.write(actor, "created", "page", (Long saved) -> saved.toString(),
                "created the page “" + AdminApiSupport.text(input.title()) + "” (API)",
                () -> pages.save(null, input.slug(), input.title(), input.body(), input.markdown()));
        return ResponseEntity.created(URI.create("/api/admin/pages/" + id)).body(PageJson.of(page(id)));
    }

    @PutMapping("/{id}")
    PageJson update(@PathVariable long id, @RequestBody PageInput input, Principal principal) {
        Account actor = support.require(principal, Capability.MANAGE_PAGES);
        page(id);
        support.write(actor, "updated", "page", (Long saved) -> saved.toString(),
                "changed the page “" + AdminApiSupport.text(input.title()) + "” (API)",
                () -> pages.save(id, input.slug(), input.title(), input.body(), input.markdown()));
        return PageJson.of(page(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Principal principal) {
        Account actor = support.require(principal, Capability.MANAGE_PAGES);
        StaticPageService.Editable existing = page(id);
        support.write(actor, "deleted", "page", (Object o) -> Long.toString(id),
                "deleted the page “" + existing.title() + "” (API)", () -> pages.delete(id));
        return ResponseEntity.noContent().build();
    }

    private StaticPageService.Editable page(long id) {
        return pages.editable(id).orElseThrow(() -> new NotFoundException("No such page."));
    }
}
