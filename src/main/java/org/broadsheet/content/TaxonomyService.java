package org.broadsheet.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authors, categories and tags. Categories are few and read on every page (menu, footer,
 * breadcrumbs), so they are kept in memory and reloaded after each change.
 */
@Service
public class TaxonomyService {

    private final TaxonomyRepository repository;
    private final ChangeJournal journal;
    /** The categories as loaded, tagged with the generation current when the load began. */
    private record Loaded(long generation, List<Category> list) {
    }

    private final AtomicReference<Loaded> categories = new AtomicReference<>();
    /** Moved on by every change, so a load that read rows before the change can never count as fresh. */
    private final AtomicLong generation = new AtomicLong();

    TaxonomyService(TaxonomyRepository repository, ChangeJournal journal) {
        this.repository = repository;
        this.journal = journal;
    }

    public List<Category> categories() {
        long current = generation.get();
        Loaded cached = categories.get();
        if (cached != null && cached.generation() == current) {
            return cached.list();
        }
        List<Category> loaded = List.copyOf(repository.categories());
        categories.set(new Loaded(current, loaded));
        return loaded;
    }

    private void forgetLoaded() {
        generation.incrementAndGet();
        categories.set(null);
    }

    /** Categories in the header menu, in menu order. */
    public List<Category> menuCategories() {
        return categories().stream()
                .filter(c -> c.menuPosition() != null)
                .sorted(Comparator.comparing(Category::menuPosition))
                .toList();
    }

    /** The category with this slug; on a miss the list is read again once (it may be older than a new category, see below). */
    public Optional<Category> category(String slug) {
        Optional<Category> found = categories().stream().filter(c -> c.slug().equals(slug)).findFirst();
        if (found.isEmpty()) {
            forgetLoaded();
            found = categories().stream().filter(c -> c.slug().equals(slug)).findFirst();
        }
        return found;
    }

    /**
     * The category with this id. Ids come from stored rows, so a miss means the cached list is
     * older than the row (another thread loaded it while a new category was being committed): reload once.
     */
    public Optional<Category> category(long id) {
        Optional<Category> found = categories().stream().filter(c -> c.id() == id).findFirst();
        if (found.isEmpty()) {
            forgetLoaded();
            found = categories().stream().filter(c -> c.id() == id).findFirst();
        }
        return found;
    }

    /** The category's ancestors from the top down, ending with the category itself. */
    public List<Category> trail(Category category) {
        List<Category> trail = new ArrayList<>();
        Category current = category;
        while (current != null && trail.size() < 10) {
            trail.addFirst(current);
            current = current.parentId() == null ? null : category(current.parentId()).orElse(null);
        }
        return trail;
    }

    /** The ids of the category and of all categories below it. */
    public List<Long> withDescendants(Category category) {
        List<Long> ids = new ArrayList<>(List.of(category.id()));
        for (int i = 0; i < ids.size() && ids.size() < 1000; i++) {
            long parent = ids.get(i);
            categories().stream().filter(c -> c.parentId() != null && c.parentId() == parent).forEach(c -> ids.add(c.id()));
        }
        return ids;
    }

    /** Forgets the categories kept in memory (another node changed them: the change journal says so). */
    public void forgetCategories() {
        forgetLoaded();
    }

    /** Forgets the cached categories now and when the current transaction ends (after an edit). */
    void categoriesChanged() {
        CacheReset.nowAndAfterTransaction(this::forgetLoaded);
    }

    public Optional<Tag> tag(String slug) {
        return repository.tagBySlug(slug);
    }

    /** The current slug of the category that was at {@code oldSlug} (renamed, or deleted with its stories moved). */
    public Optional<String> categoryRedirect(String oldSlug) {
        return repository.categoryRedirect(oldSlug);
    }

    /** The current slug of the tag that was at {@code oldSlug} (renamed, or merged into another). */
    public Optional<String> tagRedirect(String oldSlug) {
        return repository.tagRedirect(oldSlug);
    }

    public List<Tag> tagsOf(long articleId) {
        return repository.tagsOf(articleId);
    }

    public Optional<Author> author(String slug) {
        return repository.authorBySlug(slug);
    }

    Author author(long id) {
        return repository.authorById(id).orElseThrow();
    }

    /** The category with this slug (or name), created when it does not exist yet. */
    @Transactional
    public Category categoryNamed(String nameOrSlug) {
        String slug = Slugs.of(nameOrSlug);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("category is empty");
        }
        return category(slug).orElseGet(() -> {
            long id = repository.insertCategory(slug, displayName(nameOrSlug), null, null);
            journal.record("category", id, "created");
            CacheReset.nowAndAfterTransaction(this::forgetLoaded);
            return category(id).orElseThrow();
        });
    }

    /** Creates or changes a category, e.g. from demo content or settings. */
    @Transactional
    public Category saveCategory(String slug, String name, String description, String parentSlug, Integer menuPosition) {
        Long parentId = parentSlug == null ? null : categoryNamed(parentSlug).id();
        long id = categoryNamed(slug).id();
        repository.updateCategory(id, name, description, parentId, menuPosition);
        journal.record("category", id, "updated");
        CacheReset.nowAndAfterTransaction(this::forgetLoaded);
        return category(id).orElseThrow();
    }

    @Transactional
    public Author authorNamed(String name, String bio) {
        String slug = Slugs.of(name);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("author is empty");
        }
        Optional<Author> existing = repository.authorBySlug(slug);
        if (existing.isPresent()) {
            if (bio != null && !bio.equals(existing.get().bio())) {
                repository.updateAuthorBio(existing.get().id(), bio);
                journal.record("author", existing.get().id(), "updated");
            }
            return repository.authorById(existing.get().id()).orElseThrow();
        }
        long id = repository.insertAuthor(slug, name.strip(), bio == null ? "" : bio);
        journal.record("author", id, "created");
        return repository.authorById(id).orElseThrow();
    }

    @Transactional
    public Tag tagNamed(String name) {
        String slug = Slugs.of(name);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("tag is empty");
        }
        return repository.tagBySlug(slug).orElseGet(() -> {
            long id = repository.insertTag(slug, name.strip());
            journal.record("tag", id, "created");
            return new Tag(id, slug, name.strip());
        });
    }

    /** "tech-news" becomes "Tech News"; a name with capitals or spaces is kept as it is. */
    static String displayName(String nameOrSlug) {
        String text = nameOrSlug.strip();
        if (!text.equals(text.toLowerCase(Locale.ROOT)) || text.contains(" ")) {
            return text;
        }
        StringBuilder name = new StringBuilder();
        for (String word : text.split("[-_]+")) {
            if (!word.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
