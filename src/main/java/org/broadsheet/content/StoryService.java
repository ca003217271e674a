package org.broadsheet.content;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.broadsheet.content.ArticleRepository.StoredArticle;
import org.broadsheet.content.StoryRepository.Ownership;
import org.broadsheet.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing stories in the newsroom and through the Admin API: the editing rules, who may do what
 * ({@link StoryActor}), revisions on every save. A story the actor may not edit is "not found";
 * an action their role does not allow on a story they may edit is "access denied".
 */
@Service
public class StoryService {

    private final ArticleRepository articles;
    private final StoryRepository stories;
    private final TaxonomyService taxonomy;
    private final ChangeJournal journal;
    private final Clock clock;
    private final ArticleService articleService;
    private final ApplicationEventPublisher events;
    private final StoryFields fields;

    StoryService(ArticleRepository articles, StoryRepository stories, TaxonomyService taxonomy, ChangeJournal journal,
                 Clock clock, ArticleService articleService, ApplicationEventPublisher events, StoryFields fields) {
        this.fields = fields;
        this.articleService = articleService;
        this.events = events;
        this.articles = articles;
        this.stories = stories;
        this.taxonomy = taxonomy;
        this.journal = journal;
        this.clock = clock;
    }

    /** The story for the editor; not found unless the actor may edit it. */
    public Story find(StoryActor actor, long id) {
        StoredArticle stored = articles.findById(id).orElseThrow(StoryService::notFound);
        Ownership owner = stories.ownership(id).orElseThrow(StoryService::notFound);
        if (!actor.mayEdit(owner.ownerAccountId())) {
            throw notFound();
        }
        return StoryFields.story(stored, owner, taxonomy.tagsOf(id).stream().map(Tag::name).toList());
    }

    /** Writes a new story and saves its first revision; returns its id. */
    @Transactional
    public long create(StoryActor actor, StoryEdit edit, StoryAction action, Instant scheduledAt) {
        return create(actor, edit, action, scheduledAt, "save");
    }

    /** Autosave of a story that has not been saved yet: a draft with one autosave revision. */
    @Transactional
    public long createByAutosave(StoryActor actor, StoryEdit edit) {
        return create(actor, edit, StoryAction.DRAFT, null, "autosave");
    }

    private long create(StoryActor actor, StoryEdit edit, StoryAction action, Instant scheduledAt, String kind) {
        if (!actor.writes()) {
            throw new AccessDeniedException("Your role does not let you write stories.");
        }
        if ((action == StoryAction.PUBLISH || action == StoryAction.SCHEDULE) && !actor.mayPublish(actor.accountId())) {
            throw new AccessDeniedException("Your role does not let you publish stories; submit it for review instead.");
        }
        Instant now = clock.instant();
        String slug = StoryFields.blank(edit.slug()) ? freeSlug(Slugs.of(StoryFields.nonNull(edit.title())), 0) : edit.slug().strip();
        fields.validate(edit.withSlug(slug), action, scheduledAt, 0, now);
        Category category = category(edit.category());
        Author author = taxonomy.authorNamed(actor.name(), null);
        ArticleStatus status = statusFor(action, ArticleStatus.DRAFT);
        Instant publishedAt = action == StoryAction.PUBLISH ? now : action == StoryAction.SCHEDULE ? scheduledAt : null;
        long id = articles.insert(StoryFields.row(0, slug, edit, status, false, publishedAt, now, author.id(), category.id(), null));
        stories.setOwner(id, actor.accountId());
        afterWrite(id, actor, edit.withSlug(slug), action, kind, now, null);
        journal.record("article", id, status == ArticleStatus.PUBLISHED ? "published" : "created");
        if (kind.equals("save")) {
            audit(actor, id, status == ArticleStatus.PUBLISHED ? "published" : status == ArticleStatus.SCHEDULED ? "scheduled"
                    : action == StoryAction.SUBMIT ? "submitted for review" : "created", edit.title());
        }
        return id;
    }

    /** Saves the edited fields; {@code action} null keeps the story's status. Keeps a revision. */
    @Transactional
    public void update(StoryActor actor, long id, StoryEdit edit, StoryAction action, Instant scheduledAt) {
        Story current = find(actor, id);
        requireMayChange(actor, current);
        if ((action == StoryAction.PUBLISH || action == StoryAction.SCHEDULE) && !actor.mayPublish(current.ownerAccountId())) {
            throw new AccessDeniedException("Your role does not let you publish this story; submit it for review instead.");
        }
        Instant now = clock.instant();
        String slug = StoryFields.blank(edit.slug()) ? current.edit().slug() : edit.slug().strip();
        fields.validate(edit.withSlug(slug), action, scheduledAt, id, now);
        if (!slug.equals(current.edit().slug()) && current.status() == ArticleStatus.PUBLISHED) {
            articles.addRedirect(current.edit().slug(), id);
        }
        StoredArticle stored = articles.findById(id).orElseThrow();
        ArticleStatus status = action == null ? current.status() : statusFor(action, current.status());
        Instant publishedAt = switch (status) {
            case PUBLISHED -> current.status() == ArticleStatus.PUBLISHED ? current.publishedAt() : now;
            case SCHEDULED -> action == StoryAction.SCHEDULE ? scheduledAt : current.publishedAt();
            default -> null;
        };
        articles.update(StoryFields.row(id, slug, edit, status, stored.featured(), publishedAt, now, stored.authorId(),
                category(edit.category()).id(), stored.image()));
        afterWrite(id, actor, edit.withSlug(slug), action, "save", now, current.reviewRequestedAt());
        boolean published = status == ArticleStatus.PUBLISHED && current.status() != ArticleStatus.PUBLISHED;
        journal.record("article", id, published ? "published" : "updated");
        audit(actor, id, published ? "published" : status == ArticleStatus.SCHEDULED && action == StoryAction.SCHEDULE
                ? "scheduled" : action == StoryAction.SUBMIT ? "submitted for review" : "updated", edit.title());
        if (!slug.equals(current.edit().slug())) {
            audit(actor, id, "slug changed", current.edit().slug() + " -> " + slug);
        }
    }

    /**
     * Autosave: a draft's fields are saved without changing its status; a published or scheduled
     * story is left alone (its readers see only real saves). Either way the story keeps at most one
     * autosave revision, replaced each time.
     */
    @Transactional
    public void autosave(StoryActor actor, long id, StoryEdit edit) {
        Story current = find(actor, id);
        requireMayChange(actor, current);
        Instant now = clock.instant();
        StoryEdit withSlug = edit.withSlug(StoryFields.blank(edit.slug()) ? current.edit().slug() : edit.slug().strip());
        if (current.status() == ArticleStatus.DRAFT) {
            fields.validate(withSlug, null, null, id, now);
            StoredArticle stored = articles.findById(id).orElseThrow();
            articles.update(StoryFields.row(id, withSlug.slug(), withSlug, ArticleStatus.DRAFT, stored.featured(), null, now,
                    stored.authorId(), category(edit.category()).id(), stored.image()));
            articles.replaceTags(id, tagIds(withSlug.tags()));
            journal.record("article", id, "updated");
        }
        stories.deleteAutosaves(id);
        stories.insertRevision(id, actor, "autosave", now, withSlug);
    }

    @Transactional
    public void publish(StoryActor actor, long id) {
        Story current = find(actor, id);
        requirePublish(actor, current);
        Instant now = clock.instant();
        stories.setStatus(id, ArticleStatus.PUBLISHED,
                current.status() == ArticleStatus.PUBLISHED ? current.publishedAt() : now, now);
        journal.record("article", id, current.status() == ArticleStatus.PUBLISHED ? "updated" : "published");
        audit(actor, id, "published", current.edit().title());
    }

    @Transactional
    public void schedule(StoryActor actor, long id, Instant at) {
        Story current = find(actor, id);
        requirePublish(actor, current);
        Instant now = clock.instant();
        if (at == null || !at.isAfter(now)) {
            throw new StoryInvalid("scheduledAt", "Pick a time in the future to publish the story.");
        }
        stories.setStatus(id, ArticleStatus.SCHEDULED, at, now);
        journal.record("article", id, "updated");
        audit(actor, id, "scheduled", current.edit().title() + " (for " + at + ")");
    }

    @Transactional
    public void trash(StoryActor actor, long id) {
        Story current = find(actor, id);
        requireMayChange(actor, current);
        if (current.status() != ArticleStatus.TRASHED) {
            stories.setStatus(id, ArticleStatus.TRASHED, current.publishedAt(), clock.instant());
            journal.record("article", id, "trashed");
            audit(actor, id, "trashed", current.edit().title());
        }
    }

    /** Takes a story out of the trash, as a draft. */
    @Transactional
    public void restore(StoryActor actor, long id) {
        Story current = find(actor, id);
        requireMayChange(actor, current);
        if (current.status() == ArticleStatus.TRASHED) {
            stories.setStatus(id, ArticleStatus.DRAFT, null, clock.instant());
            journal.record("article", id, "updated");
            audit(actor, id, "restored", current.edit().title());
        }
    }

    /** The story as its public page would show it, for those who may edit it. */
    public Article preview(StoryActor actor, long id) {
        find(actor, id);
        return articleService.findAnyStatus(id).orElseThrow(StoryService::notFound);
    }

    public List<StoryRevision> revisions(StoryActor actor, long id) {
        find(actor, id);
        return stories.revisions(id, 100);
    }

    public StoryRevision revision(StoryActor actor, long id, long revisionId) {
        find(actor, id);
        return stories.revision(id, revisionId).orElseThrow(() -> new NotFoundException("No such revision"));
    }

    /** Brings back the fields of an old revision (the story's status stays); a new revision records it. */
    @Transactional
    public void restoreRevision(StoryActor actor, long id, long revisionId) {
        Story current = find(actor, id);
        StoryRevision old = revision(actor, id, revisionId);
        StoryEdit restored = new StoryEdit(old.edit().title(), old.edit().dek(), old.edit().bodyMarkdown(),
                current.edit().slug(), old.edit().category(), old.edit().tags(), old.edit().imageUrl(),
                old.edit().imageAlt(), old.edit().imageCaption(), current.edit().sourceName(),
                current.edit().sourceUrl(), current.edit().attribution(), current.edit().canonicalUrl(),
                current.edit().originalTitle(), old.edit().correctionNote());
        update(actor, id, restored, null, null);
        stories.markLastRevision(id, "restore");
        audit(actor, id, "revision restored", "revision " + revisionId + " of " + old.edit().title());
    }

    public List<String> suggestTags(String prefix) {
        return prefix == null || prefix.isBlank() ? List.of() : stories.tagNamesLike(prefix.strip(), 10);
    }

    private void audit(StoryActor actor, long id, String action, String summary) {
        events.publishEvent(new StoryChanged(actor.accountId(), id, action, summary));
    }

    // rules

    private void requireMayChange(StoryActor actor, Story story) {
        boolean live = story.status() == ArticleStatus.PUBLISHED || story.status() == ArticleStatus.SCHEDULED;
        if (live && !actor.mayPublish(story.ownerAccountId())) {
            throw new AccessDeniedException("Only someone who may publish this story may change it now that it is "
                    + story.statusLabel().toLowerCase() + ".");
        }
    }

    private static void requirePublish(StoryActor actor, Story story) {
        if (!actor.mayPublish(story.ownerAccountId())) {
            throw new AccessDeniedException("Your role does not let you publish this story.");
        }
    }

    private static ArticleStatus statusFor(StoryAction action, ArticleStatus current) {
        return switch (action) {
            case DRAFT, SUBMIT -> ArticleStatus.DRAFT;
            case PUBLISH -> ArticleStatus.PUBLISHED;
            case SCHEDULE -> ArticleStatus.SCHEDULED;
        };
    }

    private void afterWrite(long id, StoryActor actor, StoryEdit edit, StoryAction action, String kind, Instant now,
                            Instant reviewRequestedBefore) {
        articles.replaceTags(id, tagIds(edit.tags()));
        Instant review = action == StoryAction.SUBMIT ? now
                : action == null && reviewRequestedBefore != null ? reviewRequestedBefore : null;
        stories.setReviewRequested(id, review);
        stories.deleteAutosaves(id);
        stories.insertRevision(id, actor, kind, now, edit);
    }

    private Set<Long> tagIds(List<String> names) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : names) {
            if (!Slugs.of(name).isEmpty()) {
                ids.add(taxonomy.tagNamed(name).id());
            }
        }
        return ids;
    }

    private Category category(String slug) {
        if (!StoryFields.blank(slug)) {
            return taxonomy.category(slug.strip()).orElseThrow(() -> new StoryInvalid("category", "Pick one of the categories."));
        }
        return taxonomy.categories().stream().findFirst().orElseGet(() -> taxonomy.categoryNamed("News"));
    }

    private String freeSlug(String base, int attempt) {
        String root = base.isEmpty() ? "story" : base;
        String candidate = attempt == 0 ? root : attempt < 20 ? root + "-" + (attempt + 1)
                : root + "-" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40), 36);
        return stories.slugTaken(candidate, 0) && attempt < 40 ? freeSlug(base, attempt + 1) : candidate;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such story");
    }
}
