package org.broadsheet.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes scheduled stories when their time comes: every few seconds, and once at start for
 * stories that fell due while the site was down. Each story is published by one guarded UPDATE
 * (status still 'scheduled') with its journal entry in the same transaction, so however many
 * callers race, a story is published, and journalled, exactly once.
 */
@Component
public class ScheduledPublisher {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
    private static final int BATCH = 100;

    private final StoryRepository stories;
    private final ChangeJournal journal;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScheduledPublisher(StoryRepository stories, ChangeJournal journal, TransactionTemplate transactions, Clock clock) {
        this.stories = stories;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        int published = publishDue();
        if (published > 0) {
            log.info("event=scheduled_published_at_start count={}", published);
        }
    }

    @Scheduled(fixedDelayString = "${broadsheet.stories.schedule-poll-millis:5000}",
            initialDelayString = "${broadsheet.stories.schedule-poll-millis:5000}")
    public void poll() {
        publishDue();
    }

    /** Publishes every story whose scheduled time has passed; returns how many this call published. */
    public int publishDue() {
        int count = 0;
        List<Long> due;
        do {
            Instant now = clock.instant();
            due = stories.dueIds(now, BATCH);
            for (long id : due) {
                Boolean done = transactions.execute(status -> {
                    if (!stories.publishIfDue(id, now)) {
                        return false;
                    }
                    journal.record("article", id, "published");
                    return true;
                });
                if (Boolean.TRUE.equals(done)) {
                    count++;
                    log.info("event=scheduled_published article_id={}", id);
                }
            }
        } while (due.size() == BATCH && count > 0);
        return count;
    }
}
