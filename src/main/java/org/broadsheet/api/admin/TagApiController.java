package org.broadsheet.api.admin;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Capability;
import org.broadsheet.content.Tag;
import org.broadsheet.content.TaxonomyCount;
import org.broadsheet.content.TaxonomyEditing;
import org.broadsheet.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/tags}: list (paginated), read, create, rename, merge and delete tags (MANAGE_CATEGORIES). */
@RestController
@RequestMapping("/api/admin/tags")
class TagApiController {

    static final int PAGE_SIZE = 100;

    record TagJson(long id, String slug, String name) {
        static TagJson of(Tag t) {
            return new TagJson(t.id(), t.slug(), t.name());
        }
    }

    record TagInput(String name, String slug) {
    }

    record MergeInput(Long into) {
    }

    record TagList(List<TaxonomyCount> tags, int page, boolean more) {
    }

    private final AdminApiSupport support;
    private final TaxonomyEditing editing;

    TagApiController(AdminApiSupport support, TaxonomyEditing editing) {
        this.support = support;
        this.editing = editing;
    }

    @GetMapping
    TagList list(@RequestParam(defaultValue = "1") int page, Principal principal) {
        support.require(principal, Capability.MANAGE_CATEGORIES);
        int number = Math.max(1, Math.min(page, 100_000));
        List<TaxonomyCount> tags = editing.tagCounts(PAGE_SIZE + 1, (number - 1) * PAGE_SIZE);
        boolean more = tags.size() > PAGE_SIZE;
        return new TagList(more ? tags.subList(0, PAGE_SIZE) : tags, number, more);
    }

    @GetMapping("/{id}")
    TagJson get(@PathVariable long id, Principal principal) {
        support.require(principal, Capability.MANAGE_CATEGORIES);
        return TagJson.of(tag(id));
    }

    @PostMapping
    ResponseEntity<TagJson> create(@RequestBody TagInput input, Principal principal) {
        Account actor = support.require(principal, Capability.MANAGE_CATEGORIES);
        Tag created = support.write(actor, "created", "tag", (Tag t) -> Long.toString(t.id()),
                "created the tag “" + AdminApiSupport.text(input.name()) + "” (API)",
                () -> editing.createTag(input.name(), input.slug()));
        return ResponseEntity.created(URI.create("/api/admin/tags/" + created.id())).body(TagJson.of(created));
    }

    @PutMapping("/{id}")
    TagJson rename(@PathVariable long id, @RequestBody TagInput input, Principal principal) {
        Account actor = support.require(principal, Capability.MANAGE_CATEGORIES);
        Tag existing = tag(id);
        return TagJson.of(support.write(actor, "renamed", "tag", (Tag t) -> Long.toString(id),
                "renamed the tag “" + existing.name() + "” (API)", () -> editing.renameTag(id, input.name(), input.slug())));
    }

    /** Gives this tag's stories the tag {@code into} and deletes this one. */
    @PostMapping("/{id}/merge")
    ResponseEntity<Void> merge(@PathVariable long id, @RequestBody MergeInput input, Principal principal) {
        Account actor = support.require(principal, Capability.MANAGE_CATEGORIES);
        Tag existing = tag(id);
        long into = input.into() == null ? -1 : input.into();
        support.write(actor, "merged", "tag", (Object o) -> Long.toString(id),
                "merged the tag “" + existing.name() + "” into tag " + into + " (API)", () -> {
                    editing.mergeTag(id, into);
                    return null;
                });
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Principal principal) {
        Account actor = support.require(principal, Capability.MANAGE_CATEGORIES);
        Tag existing = tag(id);
        support.write(actor, "deleted", "tag", (Object o) -> Long.toString(id),
                "deleted the tag “" + existing.name() + "” (API)", () -> {
                    editing.deleteTag(id);
                    return null;
                });
        return ResponseEntity.noContent().build();
    }

    private Tag tag(long id) {
        return editing.tag(id).orElseThrow(() -> new NotFoundException("No such tag."));
    }
}
