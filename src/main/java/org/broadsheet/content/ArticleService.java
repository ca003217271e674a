package org.broadsheet.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.broadsheet.content.ArticleRepository.StoredArticle;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.platform.web.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public way in to stories: reading lists and pages, and saving. */
@Service
public class ArticleService {

    public static final int MAX_PAGE_SIZE = 100;

    private final ArticleRepository articles;
    private final TaxonomyService taxonomy;
    private final ChangeJournal journal;
    private final Clock clock;

    ArticleService(ArticleRepository articles, TaxonomyService taxonomy, ChangeJournal journal, Clock clock) {
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.journal = journal;
        this.clock = clock;
    }

    /** The result of {@link #save}: the story's id and whether it was new. */
    public record Saved(long id, boolean created) {
    }

    /**
     * Creates the story, or updates the one with the same slug. Unknown authors, categories and
     * tags are created. The body is sanitised; the change is journalled in the same transaction.
     */
    @Transactional
    public Saved save(ArticleDraft draft) {
        return save(draft, BodySanitizer.sanitize(draft.bodyHtml()));
    }

    /**
     * The same, with a body sanitised already (a feed item's, cleaned by the feed reader through
     * {@link BodySanitizer}): it is stored as it is, without a second parse. {@code draft.bodyHtml()}
     * is not read. Only {@link BodySanitizer} makes a {@link SanitizedHtml}, so nothing unsafe gets in this way.
     */
    @Transactional
    public Saved save(ArticleDraft draft, SanitizedHtml body) {
        String slug = checkedSlug(draft);
        Author author = taxonomy.authorNamed(draft.authorName(), null);
        Category category = taxonomy.categoryNamed(draft.category());
        Set<Long> tagIds = new LinkedHashSet<>();
        for (String tagName : tagNames(draft)) {
            tagIds.add(taxonomy.tagNamed(tagName).id());
        }
        Optional<Long> existing = articles.idBySlug(slug);
        ArticleRow row = row(existing.orElse(0L), slug, draft, body, author, category, clock.instant());
        Syndication source = draft.syndication();
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            articles.update(row);
        } else {
            id = articles.insert(row);
        }
        articles.replaceTags(id, tagIds);
        if (source != null) {
            articles.setSyndicationExtras(id, source.noIndex(), alsoReportedBy(source));
        }
        journal.record("article", id, existing.isPresent() ? "updated" : "created");
        return new Saved(id, existing.isEmpty());
    }

    /**
     * Creates many new stories in one go (a feed's batch): bodies sanitised already (as in
     * {@link #save(ArticleDraft, SanitizedHtml)}, aligned with {@code drafts}), authors, categories and
     * tags looked up once per name, the rows written as JDBC batches, the journal in one statement and
     * one after-commit callback for all. All or nothing: a draft that cannot be stored (its slug taken,
     * no title, a constraint) fails the whole call with an exception, and the caller (inside a savepoint)
     * stores them one by one instead to find the bad one. Returns the ids in the order of {@code drafts}.
     */
    @Transactional
    public List<Long> createAll(List<ArticleDraft> drafts, List<SanitizedHtml> bodies) {
        if (drafts.size() != bodies.size()) {
            throw new IllegalArgumentException("one body per draft");
        }
        Instant now = clock.instant();
        Map<String, Author> authors = new HashMap<>();
        Map<String, Category> categories = new HashMap<>();
        Map<String, Long> tags = new HashMap<>();
        List<ArticleRow> rows = new ArrayList<>(drafts.size());
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            rows.add(newRow(drafts.get(i), bodies.get(i), now, slugs, authors, categories, tags));
        }
        Map<String, Long> taken = articles.idsBySlug(slugs);
        if (!taken.isEmpty()) {
            throw new IllegalArgumentException("slug '" + taken.keySet().iterator().next() + "' is taken");
        }
        Map<String, Long> ids = articles.insertAll(rows,
                drafts.stream().map(d -> d.syndication() != null && d.syndication().noIndex()).toList(),
                drafts.stream().map(d -> d.syndication() == null ? null : alsoReportedBy(d.syndication())).toList());
        List<Long> created = rows.stream().map(r -> ids.get(r.slug())).toList();
        Map<Long, Set<Long>> tagIds = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            Set<Long> of = new LinkedHashSet<>();
            tagNames(drafts.get(i)).forEach(name -> of.add(tags.get(name)));
            tagIds.put(created.get(i), of);
        }
        articles.addTags(tagIds);
        journal.recordAll("article", created, "created");
        return created;
    }

    /**
     * One story of {@link #createAll}: its slug checked, author, category and tags looked up (once per name in
     * the batch). A method of its own, called per story, so the JIT compiles it once as a normal method
     * instead of recompiling all of {@code createAll} on the stack (OSR) in every batch of a short-lived run.
     */
    private ArticleRow newRow(ArticleDraft draft, SanitizedHtml body, Instant now, Set<String> slugs,
                              Map<String, Author> authors, Map<String, Category> categories, Map<String, Long> tags) {
        String slug = checkedSlug(draft);
        if (!slugs.add(slug)) {
            throw new IllegalArgumentException("slug '" + slug + "' is given twice");
        }
        Author author = authors.computeIfAbsent(draft.authorName() == null ? "" : draft.authorName(),
                name -> taxonomy.authorNamed(name, null));
        Category category = categories.computeIfAbsent(draft.category() == null ? "" : draft.category(),
                taxonomy::categoryNamed);
        for (String tagName : tagNames(draft)) {
            tags.computeIfAbsent(tagName, name -> taxonomy.tagNamed(name).id());
        }
        return row(0L, slug, draft, body, author, category, now);
    }

    private static String checkedSlug(ArticleDraft draft) {
        String slug = draft.slug() == null || draft.slug().isBlank() ? Slugs.of(draft.title()) : draft.slug();
        if (!Slugs.isValid(slug)) {
            throw new IllegalArgumentException("slug '" + slug + "' must be lowercase letters, digits and hyphens");
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw new IllegalArgumentException("title is missing");
        }
        return slug;
    }

    private static List<String> tagNames(ArticleDraft draft) {
        List<String> names = new ArrayList<>();
        for (String tagName : draft.tagNames() == null ? List.<String>of() : draft.tagNames()) {
            if (tagName != null && !Slugs.of(tagName).isEmpty()) {
                names.add(tagName);
            }
        }
        return names;
    }

    private static String alsoReportedBy(Syndication source) {
        return source.alsoReportedBy().isEmpty() ? null : String.join("\n", source.alsoReportedBy());
    }

    private static ArticleRow row(long id, String slug, ArticleDraft draft, SanitizedHtml body, Author author,
                                  Category category, Instant now) {
        Instant published = draft.publishedAt() != null ? draft.publishedAt()
                : draft.status() == ArticleStatus.PUBLISHED ? now : null;
        Instant updated = draft.updatedAt() != null ? draft.updatedAt() : now;
        if (published != null && updated.isBefore(published)) {
            updated = published;
        }
        FeaturedImage image = draft.image();
        Syndication source = draft.syndication();
        return new ArticleRow(id, slug, draft.title().strip(), draft.dek() == null ? "" : draft.dek().strip(),
                body.html(), draft.bodyMarkdown(), draft.status().dbValue(), draft.featured(),
                published == null ? null : published.toEpochMilli(), updated.toEpochMilli(), now.toEpochMilli(),
                author.id(), category.id(),
                image == null ? null : image.url(), image == null ? null : image.alt(),
                image == null ? null : image.caption(), image == null ? null : image.width(),
                image == null ? null : image.height(),
                body.readingMinutes(),
                source == null ? null : source.sourceName(), source == null ? null : source.sourceUrl(),
                source == null ? null : source.attribution(), source == null ? null : source.canonicalUrl(),
                source == null ? null : source.originalTitle(), draft.correctionNote());
    }

    /** Those of {@code slugs} that stories have now (any status). */
    public Set<String> takenSlugs(Collection<String> slugs) {
        return articles.idsBySlug(new HashSet<>(slugs)).keySet();
    }

    /** The id of the story at {@code slug}, in any status (to find a free slug before {@link #save}). */
    public Optional<Long> idOfSlug(String slug) {
        return articles.idBySlug(slug);
    }

    /**
     * Takes the story off the site because its source withdrew it: it leaves every list, the search
     * index and the caches (journalled), and its address answers with a short notice instead of a 404.
     */
    @Transactional
    public void withdraw(long id) {
        if (articles.withdraw(id, clock.instant().toEpochMilli())) {
            journal.record("article", id, "updated");
        }
    }

    /** Whether the story at {@code slug} was withdrawn by its source (see {@link #withdraw}). */
    public boolean isWithdrawn(String slug) {
        return articles.isWithdrawn(slug);
    }

    /** Gives the story a new slug; the old one keeps working as a permanent redirect. */
    @Transactional
    public void changeSlug(long id, String newSlug) {
        if (!Slugs.isValid(newSlug)) {
            throw new IllegalArgumentException("slug '" + newSlug + "' must be lowercase letters, digits and hyphens");
        }
        StoredArticle stored = articles.findById(id).orElseThrow();
        if (stored.slug().equals(newSlug)) {
            return;
        }
        articles.addRedirect(stored.slug(), id);
        articles.renameSlug(id, newSlug);
        journal.record("article", id, "updated");
    }

    public Optional<Article> findPublished(String slug) {
        return articles.findBySlug(slug)
                .filter(a -> a.status() == ArticleStatus.PUBLISHED)
                .map(this::complete);
    }

    /** The story with this id if it is published (for projections that follow the journal). */
    public Optional<Article> findPublished(long id) {
        return articles.findById(id)
                .filter(a -> a.status() == ArticleStatus.PUBLISHED)
                .map(this::complete);
    }

    /** Published stories with an id above {@code afterId}, in id order: walks all of them in batches. */
    public List<Article> publishedAfter(long afterId, int limit) {
        return articles.publishedIdsAfter(afterId, Math.clamp(limit, 1, 1000)).stream()
                .map(articles::findById).flatMap(Optional::stream).map(this::complete).toList();
    }

    /** Deletes the story for good (its tags and old slugs go with it); journalled. */
    @Transactional
    public void delete(long id) {
        if (articles.delete(id)) {
            journal.record("article", id, "deleted");
        }
    }

    /** A story in any status (drafts and trashed ones too), for projections that follow the journal. */
    public Optional<Article> findAnyStatus(long id) {
        return articles.findById(id).map(this::complete);
    }

    /** The current slug of a story that used to be at {@code oldSlug}. */
    /** The cache subjects of these stories (any status); ids of deleted stories are left out. */
    public List<CacheSubject> cacheSubjects(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : articles.cacheSubjects(ids);
    }

    public Optional<String> redirectFor(String oldSlug) {
        return articles.redirectTarget(oldSlug);
    }

    public Slice<ArticleSummary> latest(Cursor cursor, int limit) {
        return articles.latest(cursor, bounded(limit));
    }

    public Slice<ArticleSummary> inCategory(Category category, Cursor cursor, int limit) {
        return articles.inCategories(taxonomy.withDescendants(category), cursor, bounded(limit));
    }

    public Slice<ArticleSummary> withTag(Tag tag, Cursor cursor, int limit) {
        return articles.withTag(tag.id(), cursor, bounded(limit));
    }

    public Slice<ArticleSummary> byAuthor(Author author, Cursor cursor, int limit) {
        return articles.byAuthor(author.id(), cursor, bounded(limit));
    }

    public Slice<ArticleSummary> fromSource(String sourceName, Cursor cursor, int limit) {
        return articles.fromSource(sourceName, cursor, bounded(limit));
    }

    /** Published stories from the wire feed source {@code sourceId} (linked through its wire items). */
    public Slice<ArticleSummary> fromSourceId(long sourceId, Cursor cursor, int limit) {
        return articles.fromSourceId(sourceId, cursor, bounded(limit));
    }

    public Slice<ArticleSummary> searchTitles(String text, Cursor cursor, int limit) {
        return articles.searchTitles(text, cursor, bounded(limit));
    }

    /** The editors' lead story, or else the newest one. */
    public Optional<ArticleSummary> lead() {
        return articles.featured().or(() -> latest(Cursor.START, 1).items().stream().findFirst());
    }

    /** Newest stories other than {@code article}. */
    public List<ArticleSummary> moreStories(Article article, int count) {
        return latest(Cursor.START, count + 1).items().stream()
                .filter(s -> s.id() != article.id()).limit(count).toList();
    }

    /** Stories sharing the category or tags of {@code article}; {@code page} counts from 1. */
    public List<ArticleSummary> related(Article article, int page, int pageSize) {
        List<Long> tagIds = article.tags().stream().map(Tag::id).toList();
        return articles.related(article.id(), article.category().id(), tagIds, (page - 1) * pageSize, pageSize + 1);
    }

    /** Full stories for a list (feeds show bodies); stories unpublished meanwhile are left out. */
    public List<Article> complete(List<ArticleSummary> summaries) {
        return summaries.stream().map(s -> articles.findById(s.id()))
                .flatMap(Optional::stream)
                .filter(a -> a.status() == ArticleStatus.PUBLISHED)
                .map(this::complete).toList();
    }

    /** Page {@code page} (from 1) of all published stories in a stable order, for sitemaps. */
    public List<SitemapEntry> sitemapPage(int page, int pageSize) {
        return articles.sitemapEntries((page - 1) * pageSize, pageSize);
    }

    /** When a story on sitemap page {@code page} last changed; null for an empty page. */
    public Instant sitemapPageLastUpdate(int page, int pageSize) {
        return articles.lastUpdateOfPage((page - 1) * pageSize, pageSize);
    }

    public List<SitemapEntry> publishedSince(Instant since, int limit) {
        return articles.publishedSince(since, limit);
    }

    /** When a published story last changed; null when nothing is published. */
    public Instant lastUpdate() {
        return articles.lastUpdate();
    }

    public long countPublished() {
        return articles.countPublished();
    }

    private Article complete(StoredArticle s) {
        Category category = taxonomy.category(s.categoryId()).orElseThrow();
        return new Article(s.id(), s.slug(), s.title(), s.dek(), s.body(), s.bodyMarkdown(), s.status(), s.featured(),
                s.publishedAt(), s.updatedAt(), s.author(), category, taxonomy.tagsOf(s.id()),
                s.image(), s.readingMinutes(), s.syndication(), s.correctionNote());
    }

    private static int bounded(int limit) {
        return Math.clamp(limit, 1, MAX_PAGE_SIZE);
    }
}
