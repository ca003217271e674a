package org.broadsheet.syndication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.broadsheet.syndication.WireItemRepository.Fingerprint;
import org.broadsheet.syndication.parse.ParsedFeed;
import org.broadsheet.syndication.parse.WireItem;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the items of a feed (already fetched and read) into stories, one item at a time through named
 * steps: filter -> dedupe -> categorise -> store. New stories are written in batches (see {@link #ingest});
 * a bad item is recorded as an item error and the others go on. Items are committed in batches.
 */
@Service
public class IngestService {

    /** Two items whose SimHashes differ in at most this many bits are the same story. */
    static final int NEAR_DUPLICATE_BITS = 3;
    /** How far back near-duplicates are looked for. */
    static final Duration NEAR_DUPLICATE_WINDOW = Duration.ofDays(3);
    /** Items per transaction, and at most this many new stories written as one batch. */
    private static final int BATCH = 1000;
    /** Embargoed items released per tick. */
    private static final int RELEASE_BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final WireItemRepository wires;
    private final RecentWireItems recentItems;
    private final StoryWriter writer;
    private final Clock clock;
    private final TransactionTemplate batchTransaction;
    private final TransactionTemplate itemSavepoint;

    IngestService(WireItemRepository wires, RecentWireItems recentItems, StoryWriter writer, Clock clock,
                  PlatformTransactionManager transactions) {
        this.wires = wires;
        this.recentItems = recentItems;
        this.writer = writer;
        this.clock = clock;
        this.batchTransaction = new TransactionTemplate(transactions);
        this.itemSavepoint = new TransactionTemplate(transactions);
        this.itemSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Counts of one run; turned into an {@link IngestOutcome} at the end. */
    private static final class Run {
        final Source source;
        /** The items of every source received lately, kept across polls (read only: this run's items go to {@link #recent}). */
        final RecentWireItems earlier;
        /** This run's own new items (they join {@link #earlier} from the database at the next poll). */
        final NearDuplicates recent = new NearDuplicates(List.of(), NEAR_DUPLICATE_BITS);
        final List<String> errors = new ArrayList<>();
        int created, updated, queued, held, duplicates, skipped, withdrawn, unchanged;

        Run(Source source, RecentWireItems earlier) {
            this.source = source;
            this.earlier = earlier;
        }

        IngestOutcome outcome() {
            return new IngestOutcome(created, updated, queued, held, duplicates, skipped, withdrawn, unchanged, List.copyOf(errors));
        }
    }

    /** New items waiting in a chunk to be published together (see {@link #flush}). */
    private static final class Batch {
        final List<WireItem> items = new ArrayList<>();
        final List<WireRecord> records = new ArrayList<>();
        final Set<String> keys = new HashSet<>();

        void add(WireRecord record, WireItem item) {
            records.add(record);
            items.add(item);
            keys.add(record.dedupeKey());
        }

        void clear() {
            items.clear();
            records.clear();
            keys.clear();
        }
    }

    /**
     * Stores the feed's items for {@code source}; running it again with the same feed creates nothing.
     * One transaction per {@value #BATCH} items. In it, every item goes through the named steps; those
     * to be published as new stories at once (the bulk of a wire) are then stored together (one
     * batch through {@link ArticleService#createAll}), the others one by one, each in a savepoint.
     * When the batch fails, its items are stored one by one, so a bad item costs only itself.
     */
    public IngestOutcome ingest(Source source, ParsedFeed feed) {
        recentItems.refresh();
        Run run = new Run(source, recentItems);
        run.errors.addAll(feed.itemErrors());
        List<WireItem> items = feed.items();
        for (int from = 0; from < items.size(); from += BATCH) {
            List<WireItem> chunk = items.subList(from, Math.min(items.size(), from + BATCH));
            Map<String, String> known = wires.knownHashes(source.id(), chunk.stream().map(IngestService::dedupeKey).toList());
            batchTransaction.executeWithoutResult(tx -> {
                Batch batch = new Batch();
                for (WireItem item : chunk) {
                    step(run, item, known, batch);
                }
                flush(run, batch);
            });
        }
        IngestOutcome outcome = run.outcome();
        log.info("event=feed_ingested source_id={} items={} created={} updated={} queued={} duplicates={} errors={}",
                source.id(), items.size(), outcome.created(), outcome.updated(), outcome.queued(), outcome.duplicates(),
                outcome.itemErrors().size());
        return outcome;
    }

    /**
     * One item of a chunk (a method of its own, called per item, so the JIT compiles it once as a normal
     * method rather than the chunk's loop on the stack in each of a few long calls).
     */
    private void step(Run run, WireItem item, Map<String, String> known, Batch batch) {
        String key = dedupeKey(item);
        if (batch.keys.contains(key)) {
            flush(run, batch); // the same item twice in one feed: the first must be stored to be found
        }
        String seenHash = known.get(key);
        if (seenHash != null && seenHash.equals(item.contentHash()) && !item.withdrawn()) {
            run.unchanged++; // the common case of a re-poll: seen, unchanged, nothing to do
        } else {
            ingestOne(run, item, seenHash != null, batch);
            known.putIfAbsent(key, String.valueOf(item.contentHash()));
        }
    }

    /**
     * One item: a new one to be published at once joins {@code batch} (null: stored now) after the
     * steps that write nothing (filter, near-duplicates, category); any other goes through
     * {@link #process} in a savepoint of its own.
     */
    private void ingestOne(Run run, WireItem item, boolean seenBefore, Batch batch) {
        try {
            if (batch != null && !seenBefore && publishesAtOnce(run.source, item)) {
                if (!passesKeywordFilters(run.source, item)) {
                    run.skipped++;
                    return;
                }
                if (nearDuplicate(run, item) == null) {
                    batch.add(newRecord(run.source, dedupeKey(item), item, run.source.categoryFor(item.categories())), item);
                    return;
                }
            }
            itemSavepoint.executeWithoutResult(tx -> process(run, item, seenBefore));
        } catch (RuntimeException e) {
            log.warn("event=wire_item_failed source_id={} item={} reason={}", run.source.id(), describe(item), e.toString());
            run.errors.add("The item “" + describe(item) + "” could not be stored: " + plain(e));
        }
    }

    private boolean publishesAtOnce(Source source, WireItem item) {
        return !item.withdrawn() && source.mode() == Source.Mode.AUTO
                && (item.embargoedUntil() == null || !item.embargoedUntil().isAfter(clock.instant()));
    }

    /**
     * Publishes the batch's items as new stories in one go (in a savepoint); when that fails (a bad
     * item), rolls back to the savepoint and stores them one by one, each in its own.
     */
    private void flush(Run run, Batch batch) {
        if (batch.records.isEmpty()) {
            return;
        }
        try {
            List<WireRecord> stored = itemSavepoint.execute(tx -> {
                List<WireRecord> published = writer.publishAllNew(run.source, batch.records,
                        batch.items.stream().map(WireItem::body).toList());
                List<Long> ids = wires.insertAll(run.source.id(), published);
                List<WireRecord> withIds = new ArrayList<>(published.size());
                for (int i = 0; i < published.size(); i++) {
                    withIds.add(withId(published.get(i), ids.get(i)));
                }
                return withIds;
            });
            for (WireRecord r : stored) {
                run.recent.add(new Fingerprint(r.id(), run.source.id(), r.simHash(), r.articleId(), WireRecord.PUBLISHED));
                run.created++;
            }
        } catch (RuntimeException e) {
            log.info("event=wire_batch_one_by_one source_id={} items={} reason={}", run.source.id(), batch.items.size(), e.toString());
            for (WireItem item : batch.items) {
                ingestOne(run, item, false, null);
            }
        }
        batch.clear();
    }

    /** The pipeline of one item: filter -> dedupe -> categorise -> store. */
    private void process(Run run, WireItem item, boolean seenBefore) {
        if (!passesKeywordFilters(run.source, item)) {
            run.skipped++;
            return;
        }
        String key = dedupeKey(item);
        Optional<WireRecord> seen = seenBefore ? wires.findByKey(run.source.id(), key) : Optional.empty();
        if (seen.isPresent()) {
            handleSeenItem(run, seen.get(), item);
            return;
        }
        Fingerprint twin = item.withdrawn() ? null : nearDuplicate(run, item);
        String category = run.source.categoryFor(item.categories());
        store(run, newRecord(run.source, key, item, category), item, twin);
    }

    // ---- filter

    static boolean passesKeywordFilters(Source source, WireItem item) {
        if (source.includeKeywords().isEmpty() && source.excludeKeywords().isEmpty()) {
            return true;
        }
        String text = (item.title() + " " + item.excerpt() + " " + Jsoup.parse(item.bodyHtml() == null ? "" : item.bodyHtml()).text())
                .toLowerCase(Locale.ROOT);
        if (source.excludeKeywords().stream().anyMatch(text::contains)) {
            return false;
        }
        return source.includeKeywords().isEmpty() || source.includeKeywords().stream().anyMatch(text::contains);
    }

    // ---- dedupe

    /** Within a source an item is known by its guid, else its link, else the hash of its content. */
    static String dedupeKey(WireItem item) {
        if (item.guid() != null && !item.guid().isBlank()) {
            return "g:" + item.guid().strip();
        }
        if (item.link() != null && !item.link().isBlank()) {
            return "l:" + item.link().strip();
        }
        return "h:" + item.contentHash();
    }

    /** The same story from another source, received lately (earlier items first, as they came). */
    private static Fingerprint nearDuplicate(Run run, WireItem item) {
        Fingerprint twin = run.earlier.find(item.simHash(), run.source.id());
        return twin != null ? twin : run.recent.find(item.simHash(), run.source.id());
    }

    private void handleSeenItem(Run run, WireRecord seen, WireItem item) {
        if (item.withdrawn()) {
            if (!WireRecord.WITHDRAWN.equals(seen.state())) {
                writer.withdraw(seen);
                wires.update(withState(seen, WireRecord.WITHDRAWN));
                run.withdrawn++;
            } else {
                run.unchanged++;
            }
            return;
        }
        if (seen.contentHash().equals(item.contentHash())) {
            run.unchanged++;
            return;
        }
        WireRecord changed = withContent(seen, item);
        if (WireRecord.PUBLISHED.equals(seen.state()) && writer.storyExists(seen)) {
            if (writer.editedSince(seen)) {
                wires.update(withUpdatePending(changed));
                run.queued++;
            } else {
                wires.update(writer.publish(run.source, changed, item.body()));
                run.updated++;
            }
        } else {
            wires.update(changed);
            run.unchanged++;
        }
    }

    // ---- store

    private void store(Run run, WireRecord record, WireItem item, Fingerprint twin) {
        Instant now = clock.instant();
        if (item.withdrawn()) {
            wires.insert(withState(record, WireRecord.WITHDRAWN));
            run.skipped++;
        } else if (twin != null) {
            wires.insert(duplicateOf(record, twin.id()));
            if (run.source.duplicatePolicy() == Source.DuplicatePolicy.ALSO && twin.articleId() != null) {
                writer.refreshAlsoReportedBy(twin.articleId());
            }
            run.duplicates++;
        } else if (item.embargoedUntil() != null && item.embargoedUntil().isAfter(now)) {
            remember(run, wires.insert(withState(record, WireRecord.HELD)), item);
            run.held++;
        } else if (run.source.mode() == Source.Mode.REVIEW) {
            remember(run, wires.insert(withState(record, WireRecord.PENDING)), item);
            run.queued++;
        } else {
            WireRecord published = writer.publish(run.source, record, item.body());
            long id = wires.insert(published);
            run.recent.add(new Fingerprint(id, run.source.id(), item.simHash(), published.articleId(), WireRecord.PUBLISHED));
            run.created++;
        }
    }

    private static void remember(Run run, long id, WireItem item) {
        run.recent.add(new Fingerprint(id, run.source.id(), item.simHash(), null, WireRecord.PENDING));
    }

    /**
     * Items held for an embargo that has lifted: published now (or queued for review). Run by the poller
     * on every tick, so they appear within a tick of the embargo's end.
     */
    public int releaseEmbargoes(java.util.function.LongFunction<Optional<Source>> sources) {
        List<WireRecord> due = wires.heldUntil(clock.instant(), RELEASE_BATCH);
        int released = 0;
        for (WireRecord held : due) {
            Optional<Source> source = sources.apply(held.sourceId());
            if (source.isEmpty()) {
                continue;
            }
            batchTransaction.executeWithoutResult(tx -> {
                if (source.get().mode() == Source.Mode.REVIEW) {
                    wires.update(withState(held, WireRecord.PENDING));
                } else {
                    wires.update(writer.publish(source.get(), held));
                }
            });
            released++;
        }
        return released;
    }

    // ---- rows

    private WireRecord newRecord(Source source, String key, WireItem item, String category) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant published = item.publishedAt() == null ? now : item.publishedAt();
        Instant updated = item.updatedAt() == null ? published : item.updatedAt();
        return new WireRecord(0, source.id(), key, item.guid(), item.link(), item.contentHash(), item.simHash(),
                WireRecord.PENDING, item.title(), null, category, item.bodyHtml() == null ? "" : item.bodyHtml(),
                item.excerpt() == null ? "" : item.excerpt(), item.author(), published, updated, item.imageUrl(),
                item.imageAlt(), item.embargoedUntil(), now, null, null, false, null);
    }

    static WireRecord withContent(WireRecord r, WireItem item) {
        return new WireRecord(r.id(), r.sourceId(), r.dedupeKey(), item.guid(), item.link(), item.contentHash(),
                item.simHash(), r.state(), item.title(), r.headline(), r.categorySlug(),
                item.bodyHtml() == null ? "" : item.bodyHtml(), item.excerpt() == null ? "" : item.excerpt(), item.author(),
                r.publishedAt(), item.updatedAt() == null ? r.updatedAt() : item.updatedAt(), item.imageUrl(), item.imageAlt(),
                item.embargoedUntil(), r.receivedAt(), r.articleId(), r.articleWrittenAt(), r.updatePending(), r.duplicateOf());
    }

    static WireRecord withState(WireRecord r, String state) {
        return new WireRecord(r.id(), r.sourceId(), r.dedupeKey(), r.guid(), r.link(), r.contentHash(), r.simHash(), state,
                r.title(), r.headline(), r.categorySlug(), r.bodyHtml(), r.excerpt(), r.author(), r.publishedAt(),
                r.updatedAt(), r.imageUrl(), r.imageAlt(), r.embargoedUntil(), r.receivedAt(), r.articleId(),
                r.articleWrittenAt(), false, r.duplicateOf());
    }

    static WireRecord withUpdatePending(WireRecord r) {
        return new WireRecord(r.id(), r.sourceId(), r.dedupeKey(), r.guid(), r.link(), r.contentHash(), r.simHash(), r.state(),
                r.title(), r.headline(), r.categorySlug(), r.bodyHtml(), r.excerpt(), r.author(), r.publishedAt(),
                r.updatedAt(), r.imageUrl(), r.imageAlt(), r.embargoedUntil(), r.receivedAt(), r.articleId(),
                r.articleWrittenAt(), true, r.duplicateOf());
    }

    static WireRecord withHeadlineAndCategory(WireRecord r, String headline, String category) {
        return new WireRecord(r.id(), r.sourceId(), r.dedupeKey(), r.guid(), r.link(), r.contentHash(), r.simHash(), r.state(),
                r.title(), headline, category, r.bodyHtml(), r.excerpt(), r.author(), r.publishedAt(),
                r.updatedAt(), r.imageUrl(), r.imageAlt(), r.embargoedUntil(), r.receivedAt(), r.articleId(),
                r.articleWrittenAt(), r.updatePending(), r.duplicateOf());
    }

    private static WireRecord withId(WireRecord r, long id) {
        return new WireRecord(id, r.sourceId(), r.dedupeKey(), r.guid(), r.link(), r.contentHash(), r.simHash(), r.state(),
                r.title(), r.headline(), r.categorySlug(), r.bodyHtml(), r.excerpt(), r.author(), r.publishedAt(),
                r.updatedAt(), r.imageUrl(), r.imageAlt(), r.embargoedUntil(), r.receivedAt(), r.articleId(),
                r.articleWrittenAt(), r.updatePending(), r.duplicateOf());
    }

    private static WireRecord duplicateOf(WireRecord r, long twinId) {
        return new WireRecord(r.id(), r.sourceId(), r.dedupeKey(), r.guid(), r.link(), r.contentHash(), r.simHash(),
                WireRecord.DUPLICATE, r.title(), r.headline(), r.categorySlug(), r.bodyHtml(), r.excerpt(), r.author(),
                r.publishedAt(), r.updatedAt(), r.imageUrl(), r.imageAlt(), r.embargoedUntil(), r.receivedAt(), null, null,
                false, twinId);
    }

    private static String describe(WireItem item) {
        String title = item.title() == null ? "(untitled)" : item.title();
        return title.length() > 80 ? title.substring(0, 80) + "…" : title;
    }

    private static String plain(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
