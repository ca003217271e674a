package org.broadsheet.syndication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.accounts.Account;
import org.broadsheet.audit.AuditLog;
import org.broadsheet.content.BodySanitizer;
import org.broadsheet.content.Slugs;
import org.broadsheet.content.TaxonomyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wire items waiting for an editor: approve (publish, with a rewritten headline where the source
 * allows it, and a category) or reject (the item stays rejected: later polls never bring it back).
 */
@Service
public class ReviewQueue {

    public static final int MAX_PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(ReviewQueue.class);

    private final WireItemRepository wires;
    private final SourceRepository sources;
    private final StoryWriter writer;
    private final TaxonomyService taxonomy;
    private final AuditLog audit;

    ReviewQueue(WireItemRepository wires, SourceRepository sources, StoryWriter writer, TaxonomyService taxonomy,
                AuditLog audit) {
        this.wires = wires;
        this.sources = sources;
        this.writer = writer;
        this.taxonomy = taxonomy;
        this.audit = audit;
    }

    /** How many items wait (for the newsroom dashboard). */
    public long pendingCount() {
        return wires.queueSize();
    }

    /** The oldest waiting items first. */
    public List<ReviewItem> pending(int limit) {
        Map<Long, Source> byId = new LinkedHashMap<>();
        return wires.queue(Math.clamp(limit, 1, MAX_PAGE)).stream()
                .map(r -> item(r, byId.computeIfAbsent(r.sourceId(), id -> sources.find(id).orElse(null))))
                .toList();
    }

    /**
     * Publishes a waiting item (or applies a waiting update) under {@code headline} in {@code categorySlug}
     * (either may be null: the wire's headline, the category it was given).
     */
    @Transactional
    public long approve(long id, String headline, String categorySlug, Account actor) {
        WireRecord record = waiting(id);
        Source source = sources.find(record.sourceId()).orElseThrow(() -> notWaiting(id));
        Map<String, String> errors = new LinkedHashMap<>();
        String newHeadline = headline == null || headline.isBlank() || headline.strip().equals(record.title())
                ? record.headline() : headline.strip();
        if (newHeadline != null && !newHeadline.equals(record.headline()) && !source.allowRewrite()) {
            errors.put("headline", source.name() + " does not allow its headlines to be rewritten.");
        } else if (newHeadline != null && newHeadline.length() > 300) {
            errors.put("headline", "Keep the headline under 300 characters.");
        }
        String category = categorySlug == null || categorySlug.isBlank() ? record.categorySlug() : categorySlug.strip();
        if (!Slugs.isValid(category) || taxonomy.category(category).isEmpty()) {
            errors.put("category", "There is no category “" + category + "”.");
        }
        if (!errors.isEmpty()) {
            throw new ReviewException("The story was not published: " + String.join(" ", errors.values()), errors);
        }
        WireRecord published = writer.publish(source, IngestService.withHeadlineAndCategory(record, newHeadline, category));
        wires.update(published);
        log.info("event=review_approved wire_item_id={} article_id={} actor={}", id, published.articleId(),
                actor == null ? "system" : actor.id());
        audit.record(actor, "approved", "wire item", String.valueOf(id), (record.updatePending() ? "Applied the "
                + source.name() + " update of “" : "Published from " + source.name() + ": “")
                + (newHeadline != null ? newHeadline : record.title()) + "”.");
        return published.articleId();
    }

    /** Rejects a waiting item for good, or drops a waiting update (the story stays as the editor left it). */
    @Transactional
    public void reject(long id, Account actor) {
        WireRecord record = waiting(id);
        wires.update(record.updatePending() ? IngestService.withState(record, record.state())
                : IngestService.withState(record, WireRecord.REJECTED));
        log.info("event=review_rejected wire_item_id={} actor={}", id, actor == null ? "system" : actor.id());
        audit.record(actor, "rejected", "wire item", String.valueOf(id),
                (record.updatePending() ? "Kept our version instead of the wire's update of “" : "Rejected “")
                        + record.title() + "”.");
    }

    /** Approves each item as it stands; returns what could not be approved, by item id. */
    public Map<Long, String> approveAll(List<Long> ids, Account actor) {
        Map<Long, String> failures = new LinkedHashMap<>();
        for (long id : ids) {
            try {
                approve(id, null, null, actor);
            } catch (ReviewException e) {
                failures.put(id, e.getMessage());
            }
        }
        return failures;
    }

    public Map<Long, String> rejectAll(List<Long> ids, Account actor) {
        Map<Long, String> failures = new LinkedHashMap<>();
        for (long id : ids) {
            try {
                reject(id, actor);
            } catch (ReviewException e) {
                failures.put(id, e.getMessage());
            }
        }
        return failures;
    }

    private WireRecord waiting(long id) {
        WireRecord record = wires.find(id).orElseThrow(() -> notWaiting(id));
        if (!WireRecord.PENDING.equals(record.state()) && !record.updatePending()) {
            throw notWaiting(id);
        }
        return record;
    }

    private static ReviewException notWaiting(long id) {
        return new ReviewException("That item is no longer waiting for review (someone may have decided on it already).", Map.of());
    }

    private static ReviewItem item(WireRecord r, Source source) {
        return new ReviewItem(r.id(), r.sourceId(), source == null ? "?" : source.name(),
                source != null && source.allowRewrite(), r.title(), r.headline() == null ? r.title() : r.headline(),
                r.categorySlug(), r.excerpt(), BodySanitizer.sanitize(r.bodyHtml()), r.link(), r.author(),
                r.publishedAt(), r.receivedAt(), r.updatePending(), r.articleId());
    }
}
