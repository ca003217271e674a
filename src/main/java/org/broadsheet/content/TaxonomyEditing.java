package org.broadsheet.content;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's edits of categories and tags: create, change, delete, order the header menu,
 * rename and merge tags. Every write is journalled (stories that move or lose a tag too, so the
 * search index and the page cache follow). Refusals are {@link InputProblem}s naming the field.
 */
@Service
public class TaxonomyEditing {

    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 1000;

    private final TaxonomyRepository repository;
    private final TaxonomyService taxonomy;
    private final ChangeJournal journal;

    TaxonomyEditing(TaxonomyRepository repository, TaxonomyService taxonomy, ChangeJournal journal) {
        this.repository = repository;
        this.taxonomy = taxonomy;
        this.journal = journal;
    }

    public List<TaxonomyCount> categoryCounts() {
        return repository.categoryCounts();
    }

    public List<TaxonomyCount> tagCounts(int limit, int offset) {
        return repository.tagCounts(limit, offset);
    }

    public long tagCount() {
        return repository.tagCount();
    }

    public Optional<Tag> tag(long id) {
        return repository.tagById(id);
    }

    /** Creates a category; an empty slug is made from the name. */
    @Transactional
    public Category createCategory(String name, String slug, String description, Long parentId) {
        String cleanName = name(name);
        String cleanSlug = slug(slug, cleanName, "category", 0);
        parent(0, parentId);
        long id = repository.insertCategory(cleanSlug, cleanName, parentId, null);
        repository.dropCategoryRedirect(cleanSlug);
        repository.updateCategory(id, cleanName, description(description), parentId, null);
        journal.record("category", id, "created");
        taxonomy.categoriesChanged();
        return taxonomy.category(id).orElseThrow();
    }

    /** Changes a category; its parent may not be itself or one of its own subcategories. */
    @Transactional
    public Category updateCategory(long id, String name, String slug, String description, Long parentId) {
        Category existing = category(id);
        String cleanName = name(name);
        String cleanSlug = slug(slug, cleanName, "category", id);
        parent(id, parentId);
        repository.updateCategory(id, cleanName, description(description), parentId, existing.menuPosition());
        if (!cleanSlug.equals(existing.slug())) {
            repository.updateCategorySlug(id, cleanSlug);
            repository.dropCategoryRedirect(cleanSlug);
            repository.addCategoryRedirect(existing.slug(), id);  // old links answer 301
        }
        journal.record("category", id, "updated");
        taxonomy.categoriesChanged();
        return taxonomy.category(id).orElseThrow();
    }

    /**
     * Deletes a category. Its stories move to {@code moveStoriesTo} (required when it has any);
     * its subcategories move up to its own parent.
     */
    @Transactional
    public void deleteCategory(long id, Long moveStoriesTo) {
        Category existing = category(id);
        List<Long> stories = repository.articlesInCategory(id);
        if (!stories.isEmpty()) {
            if (moveStoriesTo == null) {
                throw new InputProblem("moveTo", "“" + existing.name() + "” has " + stories.size()
                        + (stories.size() == 1 ? " story" : " stories") + ". Choose the category to move "
                        + (stories.size() == 1 ? "it" : "them") + " to.");
            }
            if (moveStoriesTo == id || taxonomy.category(moveStoriesTo).isEmpty()) {
                throw new InputProblem("moveTo", "Choose another existing category for the stories.");
            }
        }
        if (!stories.isEmpty()) {  // the old address leads to where its stories went
            repository.moveCategoryRedirects(id, moveStoriesTo);
            repository.addCategoryRedirect(existing.slug(), moveStoriesTo);
        }
        repository.deleteCategory(id, stories.isEmpty() ? null : moveStoriesTo, existing.parentId());
        stories.forEach(story -> journal.record("article", story, "updated"));
        journal.record("category", id, "deleted");
        taxonomy.categoriesChanged();
    }

    /** Puts these categories in the header menu, in this order, and no others. */
    @Transactional
    public void setMenu(List<Long> categoryIds) {
        repository.clearMenu();
        int position = 0;
        Set<Long> seen = new HashSet<>();
        for (Long id : categoryIds) {
            if (id != null && seen.add(id)) {
                category(id);
                repository.setMenuPosition(id, ++position);
            }
        }
        journal.record("category", 0, "menu");
        taxonomy.categoriesChanged();
    }

    /** Creates a tag; an empty slug is made from the name. */
    @Transactional
    public Tag createTag(String name, String slug) {
        String cleanName = name(name);
        String cleanSlug = slug(slug, cleanName, "tag", 0);
        long id = repository.insertTag(cleanSlug, cleanName);
        repository.dropTagRedirect(cleanSlug);
        journal.record("tag", id, "created");
        return repository.tagById(id).orElseThrow();
    }

    @Transactional
    public Tag renameTag(long id, String name, String slug) {
        Tag existing = repository.tagById(id).orElseThrow(() -> new InputProblem("tag", "This tag does not exist any more."));
        String cleanName = name(name);
        String cleanSlug = slug(slug, cleanName, "tag", id);
        repository.updateTag(id, cleanSlug, cleanName);
        if (!cleanSlug.equals(existing.slug())) {
            repository.dropTagRedirect(cleanSlug);
            repository.addTagRedirect(existing.slug(), id);  // old links answer 301
        }
        journal.record("tag", id, "updated");
        repository.articlesWithTag(id).forEach(story -> journal.record("article", story, "updated"));
        return repository.tagById(id).orElseThrow();
    }

    /** Files the stories of tag {@code from} under {@code into} and deletes {@code from}. */
    @Transactional
    public void mergeTag(long from, long into) {
        if (from == into) {
            throw new InputProblem("into", "Choose another tag to merge into.");
        }
        Tag merged = repository.tagById(from).orElseThrow(() -> new InputProblem("tag", "This tag does not exist any more."));
        repository.tagById(into).orElseThrow(() -> new InputProblem("into", "Choose an existing tag to merge into."));
        List<Long> stories = repository.articlesWithTag(from);
        repository.moveTagRedirects(from, into);
        repository.addTagRedirect(merged.slug(), into);  // the merged tag's address leads to the one it joined
        repository.mergeTag(from, into);
        journal.record("tag", from, "deleted");
        journal.record("tag", into, "updated");
        stories.forEach(story -> journal.record("article", story, "updated"));
    }

    @Transactional
    public void deleteTag(long id) {
        repository.tagById(id).orElseThrow(() -> new InputProblem("tag", "This tag does not exist any more."));
        List<Long> stories = repository.articlesWithTag(id);
        repository.deleteTag(id);
        journal.record("tag", id, "deleted");
        stories.forEach(story -> journal.record("article", story, "updated"));
    }

    private Category category(long id) {
        return taxonomy.category(id).orElseThrow(() -> new InputProblem("category", "This category does not exist any more."));
    }

    private void parent(long id, Long parentId) {
        if (parentId == null) {
            return;
        }
        Category parent = taxonomy.category(parentId)
                .orElseThrow(() -> new InputProblem("parentId", "Choose an existing parent category."));
        for (Category c = parent; c != null; c = c.parentId() == null ? null : taxonomy.category(c.parentId()).orElse(null)) {
            if (c.id() == id) {
                throw new InputProblem("parentId", "A category cannot sit under itself or one of its own subcategories.");
            }
        }
    }

    private static String name(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new InputProblem("name", "Enter a name of 1 to " + MAX_NAME + " characters.");
        }
        return clean;
    }

    private static String description(String description) {
        String clean = description == null ? "" : description.strip();
        if (clean.length() > MAX_DESCRIPTION) {
            throw new InputProblem("description", "Keep the description under " + MAX_DESCRIPTION + " characters.");
        }
        return clean;
    }

    private String slug(String slug, String name, String kind, long id) {
        String clean = slug == null || slug.isBlank() ? Slugs.of(name) : slug.strip();
        if (!Slugs.isValid(clean)) {
            throw new InputProblem("slug", "Use lowercase letters, digits and hyphens, such as “world-news”.");
        }
        boolean taken = "tag".equals(kind) ? repository.tagSlugTaken(clean, id) : repository.categorySlugTaken(clean, id);
        if (taken) {
            throw new InputProblem("slug", "Another " + kind + " uses the slug “" + clean + "” already.");
        }
        return clean;
    }
}
