package org.broadsheet.api.admin;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Capability;
import org.broadsheet.content.Category;
import org.broadsheet.content.TaxonomyEditing;
import org.broadsheet.content.TaxonomyService;
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

/** {@code /api/admin/categories}: list, read, create, change and delete categories (MANAGE_CATEGORIES). */
@RestController
@RequestMapping("/api/admin/categories")
class CategoryApiController {

    record CategoryJson(long id, String slug, String name, String description, Long parentId, Integer menuPosition) {
        static CategoryJson of(Category c) {
            return new CategoryJson(c.id(), c.slug(), c.name(), c.description(), c.parentId(), c.menuPosition());
        }
    }

    record CategoryInput(String name, String slug, String description, Long parentId) {
    }

    private final AdminApiSupport support;
    private final TaxonomyService taxonomy;
    private final TaxonomyEditing editing;

    CategoryApiController(AdminApiSupport support, TaxonomyService taxonomy, TaxonomyEditing editing) {
        this.support = support;
        this.taxonomy = taxonomy;
        this.editing = editing;
    }

    @GetMapping
    List<CategoryJson> list(Principal principal) {
        support.require(principal, Capability.MANAGE_CATEGORIES);
        return taxonomy.categories().stream().map(CategoryJson::of).toList();
    }

    @GetMapping("/{id}")
    CategoryJson get(@PathVariable long id, Principal principal) {
        support.require(principal, Capability.MANAGE_CATEGORIES);
        return CategoryJson.of(category(id));
    }

    @PostMapping
    ResponseEntity<CategoryJson> create(@RequestBody CategoryInput input, Principal principal) {
        Account actor = support.require(principal, Capability.MANAGE_CATEGORIES);
        Category created = support.write(actor, "created", "category", (Category c) -> Long.toString(c.id()),
                "created the category “" + AdminApiSupport.text(input.name()) + "” (API)",
                () -> editing.createCategory(input.name(), input.slug(), input.description(), input.parentId()));
        return ResponseEntity.created(URI.create("/api/admin/categories/" + created.id())).body(CategoryJson.of(created));
    }

    @PutMapping("/{id}")
    CategoryJson update(@PathVariable long id, @RequestBody CategoryInput input, Principal principal) {
        Account actor = support.require(principal, Capability.MANAGE_CATEGORIES);
        Category existing = category(id);
        return CategoryJson.of(support.write(actor, "updated", "category", (Category c) -> Long.toString(id),
                "changed the category “" + existing.name() + "” (API)",
                () -> editing.updateCategory(id, input.name(), input.slug(), input.description(), input.parentId())));
    }

    /** Deletes a category; {@code moveTo} names the category its stories go to (required when it has any). */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long moveTo, Principal principal) {
        Account actor = support.require(principal, Capability.MANAGE_CATEGORIES);
        Category existing = category(id);
        support.write(actor, "deleted", "category", (Object o) -> Long.toString(id),
                "deleted the category “" + existing.name() + "” (API)", () -> {
                    editing.deleteCategory(id, moveTo);
                    return null;
                });
        return ResponseEntity.noContent().build();
    }

    private Category category(long id) {
        return taxonomy.category(id).orElseThrow(() -> new NotFoundException("No such category."));
    }
}
