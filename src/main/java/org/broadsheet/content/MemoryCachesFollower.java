package org.broadsheet.content;

import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the settings and categories held in memory in step with changes other nodes make: it
 * follows the change journal and forgets them when a "settings" or "category" change appears.
 * (On this node they are forgotten by the write itself; the page cache's follower forgets them
 * too, before it drops the pages, so no page is rendered again from old settings.)
 */
@Component
class MemoryCachesFollower {

    private final ChangeJournal journal;
    private final SiteSettingsService settings;
    private final TaxonomyService taxonomy;
    private long position;

    MemoryCachesFollower(ChangeJournal journal, SiteSettingsService settings, TaxonomyService taxonomy) {
        this.journal = journal;
        this.settings = settings;
        this.taxonomy = taxonomy;
        this.position = journal.latestPosition();
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void follow() {
        List<ChangeJournal.Change> changes = journal.after(position, 500);
        for (ChangeJournal.Change change : changes) {
            forget(change.entity());
            position = change.id();
        }
    }

    /** Forgets what a change of {@code entity} makes stale. */
    void forget(String entity) {
        switch (entity) {
            case "settings" -> settings.forget();
            case "category" -> taxonomy.forgetCategories();
            default -> { }
        }
    }
}
