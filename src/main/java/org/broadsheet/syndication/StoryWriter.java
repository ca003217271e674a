package org.broadsheet.syndication;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.content.SanitizedHtml;
import org.broadsheet.content.Slugs;
import org.broadsheet.content.Syndication;
import org.springframework.stereotype.Component;

/**
 * Turns a wire item into a published story, or brings its story up to date, through
 * {@link ArticleService#save} / {@link ArticleService#createAll} (which journal; a body the feed reader sanitised
 * is stored as it is, any other is sanitised there). Remembers the story's {@code updated_at}
 * as written, so a later change by an editor can be told apart from our own.
 */
@Component
class StoryWriter {

    /** Wire pictures come without sizes: reserve a 16:9 box (the stylesheet keeps the real ratio). */
    static final int IMAGE_WIDTH = 1200;
    static final int IMAGE_HEIGHT = 675;

    private final ArticleService articles;
    private final WireItemRepository wires;
    private final Clock clock;

    StoryWriter(ArticleService articles, WireItemRepository wires, Clock clock) {
        this.articles = articles;
        this.wires = wires;
        this.clock = clock;
    }

    /** Publishes the item as a new story, or rewrites its story in place; returns the row as now stored. */
    WireRecord publish(Source source, WireRecord item) {
        return publish(source, item, null);
    }

    /**
     * The same, with the item's body as the feed reader sanitised it ({@code body}, matching
     * {@code item.bodyHtml()}), so it is not sanitised again; null sanitises {@code item.bodyHtml()}.
     */
    WireRecord publish(Source source, WireRecord item, SanitizedHtml body) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Article> existing = item.articleId() == null ? Optional.empty() : articles.findAnyStatus(item.articleId());
        String slug;
        Instant published;
        Instant updated;
        List<String> alsoReportedBy;
        if (existing.isPresent()) {
            slug = existing.get().slug();
            published = existing.get().publishedAt() != null ? existing.get().publishedAt() : now;
            updated = now;
            alsoReportedBy = wires.alsoReportedBy(existing.get().id());
        } else {
            slug = freeSlug(item.headline() != null ? item.headline() : item.title());
            published = item.publishedAt().isAfter(now) ? now : item.publishedAt().truncatedTo(ChronoUnit.MILLIS);
            updated = published;
            alsoReportedBy = List.of();
        }
        ArticleDraft draft = draft(source, item, slug, published, updated, existing, alsoReportedBy);
        long articleId = (body == null ? articles.save(draft) : articles.save(draft, body)).id();
        return published(item, articleId, updated.isBefore(published) ? published : updated);
    }

    /**
     * Publishes new items (no story yet) as new stories in one go through {@link ArticleService#createAll}:
     * bodies as the feed reader sanitised them, free slugs found with one query. All or nothing (see there).
     * Returns the rows as now stored, in order.
     */
    List<WireRecord> publishAllNew(Source source, List<WireRecord> items, List<SanitizedHtml> bodies) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<String> bases = items.stream().map(i -> baseSlug(i.headline() != null ? i.headline() : i.title())).toList();
        Set<String> taken = new HashSet<>(articles.takenSlugs(bases));
        List<ArticleDraft> drafts = new ArrayList<>(items.size());
        List<Instant> written = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) { // per item in a method of its own: compiled once, not on the stack per batch
            WireRecord item = items.get(i);
            Instant published = item.publishedAt().isAfter(now) ? now : item.publishedAt().truncatedTo(ChronoUnit.MILLIS);
            drafts.add(draft(source, item, freeSlug(bases.get(i), taken), published, published, Optional.empty(), List.of()));
            written.add(published);
        }
        List<Long> ids = articles.createAll(drafts, bodies);
        List<WireRecord> stored = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            stored.add(published(items.get(i), ids.get(i), written.get(i)));
        }
        return stored;
    }

    private ArticleDraft draft(Source source, WireRecord item, String slug, Instant published, Instant updated,
                               Optional<Article> existing, List<String> alsoReportedBy) {
        String title = item.headline() != null && !item.headline().isBlank() ? item.headline().strip() : item.title();
        String originalTitle = title.equals(item.title()) ? null : item.title();
        Syndication syndication = new Syndication(source.name(), item.link(), source.attributionLine(),
                source.seoPolicy() == Source.SeoPolicy.CANONICAL ? item.link() : null, originalTitle,
                source.seoPolicy() == Source.SeoPolicy.NOINDEX, alsoReportedBy);
        FeaturedImage image = item.imageUrl() == null ? null
                : new FeaturedImage(item.imageUrl(), item.imageAlt() == null ? "" : item.imageAlt(), null, IMAGE_WIDTH, IMAGE_HEIGHT);
        return new ArticleDraft(slug, title, item.excerpt(), item.bodyHtml(), null, ArticleStatus.PUBLISHED,
                existing.map(Article::featured).orElse(false), published, updated,
                item.author() == null || item.author().isBlank() ? source.name() : item.author(), item.categorySlug(),
                existing.map(a -> a.tags().stream().map(t -> t.name()).toList()).orElse(List.of()), image, syndication,
                existing.map(Article::correctionNote).orElse(null));
    }

    /**
     * The row of an item now published as story {@code articleId}. Its body is not kept: the story holds it,
     * and nothing reads a published row's body back (an update that waits for review stores its own body,
     * see {@code IngestService.withUpdatePending}; the review queue reads only waiting rows, embargo release
     * only held ones). This halves the bytes written per ingested item.
     */
    static WireRecord published(WireRecord item, long articleId, Instant written) {
        return new WireRecord(item.id(), item.sourceId(), item.dedupeKey(), item.guid(), item.link(), item.contentHash(),
                item.simHash(), WireRecord.PUBLISHED, item.title(), item.headline(), item.categorySlug(), WireRecord.NO_BODY,
                item.excerpt(), item.author(), item.publishedAt(), item.updatedAt(), item.imageUrl(), item.imageAlt(),
                item.embargoedUntil(), item.receivedAt(), articleId, written, false, item.duplicateOf());
    }

    /** Adds the other sources that sent this story to its "Also reported by" line, leaving the rest as it is. */
    void refreshAlsoReportedBy(long articleId) {
        articles.findAnyStatus(articleId).filter(a -> a.syndication() != null).ifPresent(a -> {
            Syndication s = a.syndication();
            Syndication refreshed = new Syndication(s.sourceName(), s.sourceUrl(), s.attribution(), s.canonicalUrl(),
                    s.originalTitle(), s.noIndex(), wires.alsoReportedBy(articleId));
            articles.save(new ArticleDraft(a.slug(), a.title(), a.dek(), a.body().html(), a.bodyMarkdown(), a.status(),
                    a.featured(), a.publishedAt(), a.updatedAt(), a.author().name(), a.category().slug(),
                    a.tags().stream().map(t -> t.name()).toList(), a.image(), refreshed, a.correctionNote()));
        });
    }

    /** Takes the item's story off the site (its source withdrew it); a notice answers at its address. */
    void withdraw(WireRecord item) {
        if (item.articleId() != null) {
            articles.withdraw(item.articleId());
        }
    }

    /** Whether the story was changed by someone else since ingest last wrote it. */
    boolean editedSince(WireRecord item) {
        if (item.articleId() == null || item.articleWrittenAt() == null) {
            return false;
        }
        return articles.findAnyStatus(item.articleId())
                .map(a -> !a.updatedAt().equals(item.articleWrittenAt()))
                .orElse(false);
    }

    /** The item's story still exists (an editor may have deleted it). */
    boolean storyExists(WireRecord item) {
        return item.articleId() != null && articles.findAnyStatus(item.articleId()).isPresent();
    }

    /** {@code base}, else base-2, base-3, ...: the first not in {@code taken} (the batch's, and the database's as read for the bases) nor stored; taken now. */
    private String freeSlug(String base, Set<String> taken) {
        String slug = base;
        for (int n = 2; taken.contains(slug) || n > 2 && articles.idOfSlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        taken.add(slug);
        return slug;
    }

    private static String baseSlug(String title) {
        String base = Slugs.of(title);
        return base.isEmpty() ? "wire-story" : base;
    }

    private String freeSlug(String title) {
        String base = baseSlug(title);
        String slug = base;
        for (int n = 2; articles.idOfSlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
