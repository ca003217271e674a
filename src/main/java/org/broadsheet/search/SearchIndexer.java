package org.broadsheet.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.document.Document;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.ChangeJournal;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.platform.web.Slice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the database by following the change journal from the position
 * stored in the index: in the background on start (a crash or kill -9 is caught up within seconds
 * while the site already serves pages), then every few hundred milliseconds. A story is indexed when published and removed
 * otherwise (draft, scheduled, trashed, deleted); a changed category re-indexes its stories.
 */
@Component
@ConditionalOnWebApplication
class SearchIndexer implements SmartInitializingSingleton {

    static final int BATCH = 500;
    private static final java.time.Duration SHUTDOWN_WAIT = java.time.Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final ChangeJournal journal;
    private final ArticleService articles;
    private final TaxonomyService taxonomy;
    private final Reindexer reindexer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JournalGaps gaps = new JournalGaps();
    private volatile Thread catchUpAtStart;

    SearchIndexer(SearchIndex index, ChangeJournal journal, ArticleService articles, TaxonomyService taxonomy,
                  Reindexer reindexer, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.index = index;
        this.journal = journal;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.reindexer = reindexer;
    }

    /**
     * Catches up (or rebuilds an empty index) in the background, so the site serves pages at once;
     * searches see the index fill up within seconds.
     */
    @Override
    public void afterSingletonsInstantiated() {
        catchUpAtStart = Thread.ofVirtual().name("search-index-catch-up").start(this::catchUpAtStart);
    }

    /**
     * On shutdown, lets a catch-up or rebuild begun at start finish before the index and the
     * database close under it (else it would write a generation after its node had stopped).
     */
    @PreDestroy
    void awaitCatchUpAtStart() throws InterruptedException {
        Thread running = catchUpAtStart;
        if (running != null && !running.join(SHUTDOWN_WAIT)) {
            log.warn("event=search_index_catch_up_still_running_at_shutdown");
        }
    }

    private synchronized void catchUpAtStart() {
        try {
            if (index.position() == 0 && index.documentCount() == 0 && articles.countPublished() > 0) {
                log.info("event=search_index_empty action=rebuild");
                reindexer.rebuild(done -> { });
            } else if (index.needsRebuild()) {
                // written by an earlier version without the sort by date; searches use it until the new one is swapped in
                reindexer.rebuild(done -> { });
            }
            int applied = catchUp();
            log.info("event=search_index_caught_up changes={} position={} documents={}", applied, index.position(),
                    index.documentCount());
        } catch (RuntimeException e) {
            log.error("event=search_index_catch_up_failed position={}", index.position(), e);
        }
    }

    @Scheduled(initialDelayString = "${broadsheet.search.poll-millis:250}",
            fixedDelayString = "${broadsheet.search.poll-millis:250}")
    void follow() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.error("event=search_index_follow_failed position={}", index.position(), e);
        }
    }

    /** Applies every journal entry after the index's position; returns how many there were. */
    synchronized int catchUp() {
        index.swapIfRebuilt();
        int total = lateChanges();
        List<ChangeJournal.Change> changes;
        do {
            long position = index.position();
            changes = journal.after(position, BATCH);
            if (!changes.isEmpty()) {
                gaps.note(position, changes, clock.millis());
                apply(changes, changes.getLast().id());
                total += changes.size();
            }
        } while (changes.size() == BATCH);
        return total;
    }

    /** Entries that turned up behind the position (committed after a newer one was read). */
    private int lateChanges() {
        Set<Long> missing = gaps.stillOpen(clock.millis());
        if (missing.isEmpty()) {
            return 0;
        }
        List<ChangeJournal.Change> late = journal.withIds(missing);
        if (!late.isEmpty()) {
            gaps.filled(late.stream().map(ChangeJournal.Change::id).toList());
            log.info("event=search_journal_late_changes changes={}", late.size());
            apply(late, index.position());
        }
        return late.size();
    }

    /** A renamed or moved category changes what its stories' (and its sub-categories' stories') documents say. */
    private List<Long> storiesIn(long categoryId) {
        List<Long> ids = new ArrayList<>();
        taxonomy.category(categoryId).ifPresent(category -> {
            Slice<ArticleSummary> slice = articles.inCategory(category, Cursor.START, ArticleService.MAX_PAGE_SIZE);
            slice.items().forEach(s -> ids.add(s.id()));
            while (slice.hasNext()) {
                slice = articles.inCategory(category, slice.next(), ArticleService.MAX_PAGE_SIZE);
                slice.items().forEach(s -> ids.add(s.id()));
            }
        });
        return ids;
    }

    private void apply(List<ChangeJournal.Change> changes, long position) {
        Set<Long> ids = new LinkedHashSet<>();
        for (ChangeJournal.Change change : changes) {
            if ("article".equals(change.entity())) {
                ids.add(change.entityId());
            } else if ("category".equals(change.entity()) && !"created".equals(change.action())) {
                ids.addAll(storiesIn(change.entityId()));
            }
        }
        Map<Long, Document> documents = new LinkedHashMap<>();
        Set<Long> removed = new LinkedHashSet<>();
        for (long id : ids) {
            Optional<Article> article = articles.findPublished(id);
            if (article.isPresent()) {
                documents.put(id, StoryDocuments.of(article.get(), taxonomy.trail(article.get().category())));
            } else {
                removed.add(id);
            }
        }
        index.apply(documents, removed, position);
        if (!ids.isEmpty()) {
            events.publishEvent(new SearchIndexChanged(Set.copyOf(ids)));
        }
        log.info("event=search_index_applied changes={} indexed={} removed={} position={}", changes.size(),
                documents.size(), removed.size(), position);
    }
}
