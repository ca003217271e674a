package org.broadsheet.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.support.LockException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
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
    private static final String LOCK = "scheduled-publisher";

    private final StoryRepository stories;
    private final ChangeJournal journal;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LockingTaskExecutor locks;
    private volatile boolean lockFailureLogged;

    ScheduledPublisher(StoryRepository stories, ChangeJournal journal, TransactionTemplate transactions, Clock clock,
                       ApplicationEventPublisher events, LockingTaskExecutor locks) {
        this.events = events;
        this.locks = locks;
        this.stories = stories;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        publishDueOnOneNode();
    }

    @Scheduled(fixedDelayString = "${broadsheet.stories.schedule-poll-millis:5000}",
            initialDelayString = "${broadsheet.stories.schedule-poll-millis:5000}")
    public void poll() {
        publishDueOnOneNode();
    }

    /**
     * With several nodes, one at a time does the work (ShedLock); the guarded UPDATE would keep it
     * exactly once anyway. The lock times use the system clock, as ShedLock does, never a test clock.
     */
    private void publishDueOnOneNode() {
        try {
            locks.executeWithLock((Runnable) this::publishDue, new LockConfiguration(Instant.now(), LOCK,
                    Duration.ofMinutes(5), Duration.ZERO));
        } catch (LockException e) {
            // the lock only saves duplicate work: the guarded UPDATE keeps publishing exactly-once without it
            if (!lockFailureLogged) {
                lockFailureLogged = true;
                log.warn("event=scheduled_publisher_lock_failed reason={} (publishing without the lock)", e.toString());
            }
            publishDue();
        }
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
                    events.publishEvent(new StoryChanged(null, id, "published", "at its scheduled time"));
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
