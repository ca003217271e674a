package org.broadsheet.syndication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.broadsheet.accounts.Account;
import org.broadsheet.audit.AuditLog;
import org.broadsheet.content.TaxonomyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Wire feed sources: their settings, and the health of their polling (with backoff on failures). */
@Service
public class SourceService {

    /** After this many failed polls in a row a source is marked failing. */
    public static final int FAILING_AFTER = 5;
    /** The longest wait between polls of a failing source. */
    static final Duration MAX_BACKOFF = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(SourceService.class);

    private final SourceRepository sources;
    private final TaxonomyService taxonomy;
    private final Clock clock;
    private final AuditLog audit;

    SourceService(SourceRepository sources, TaxonomyService taxonomy, Clock clock, AuditLog audit) {
        this.sources = sources;
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.audit = audit;
    }

    public List<Source> all() {
        return sources.all();
    }

    public Optional<Source> find(long id) {
        return sources.find(id);
    }

    /** Adds a source; it is polled soon after. Throws {@link SourceException} with field errors. */
    @Transactional
    public Source create(SourceSettings settings, Account actor) {
        check(settings, 0);
        long id = sources.insert(settings.toSource(0, null), clock.instant());
        log.info("event=source_created source_id={} feed_url={} actor={}", id, settings.url().strip(), actorId(actor));
        audit.record(actor, "created", "source", String.valueOf(id), "Added the source " + settings.name().strip() + ".");
        return sources.find(id).orElseThrow();
    }

    @Transactional
    public Source update(long id, SourceSettings settings, Account actor) {
        Source existing = sources.find(id).orElseThrow(() -> new java.util.NoSuchElementException("no source " + id));
        check(settings, id);
        sources.update(settings.toSource(id, existing.health()));
        if (!existing.feedUrl().equals(settings.url().strip())) {
            sources.forgetValidators(id);
        }
        if (existing.enabled() != settings.enabled()) {
            sources.setEnabled(id, settings.enabled(), clock.instant());
        }
        log.info("event=source_updated source_id={} actor={}", id, actorId(actor));
        audit.record(actor, "updated", "source", String.valueOf(id), "Changed the settings of the source " + settings.name().strip() + ".");
        return sources.find(id).orElseThrow();
    }

    /** Deletes the source and its item records; stories already published stay. */
    @Transactional
    public boolean delete(long id, Account actor) {
        Optional<Source> source = sources.find(id);
        boolean deleted = sources.delete(id);
        if (deleted) {
            log.info("event=source_deleted source_id={} actor={}", id, actorId(actor));
            audit.record(actor, "deleted", "source", String.valueOf(id), "Deleted the source " + source.map(Source::name).orElse("?") + ".");
        }
        return deleted;
    }

    /** Pauses (no polling) or resumes (polled soon) a source. */
    @Transactional
    public void setEnabled(long id, boolean enabled, Account actor) {
        Source source = sources.find(id).orElseThrow(() -> new java.util.NoSuchElementException("no source " + id));
        sources.setEnabled(id, enabled, clock.instant());
        log.info("event=source_{} source_id={} actor={}", enabled ? "resumed" : "paused", id, actorId(actor));
        audit.record(actor, enabled ? "resumed" : "paused", "source", String.valueOf(id),
                (enabled ? "Resumed" : "Paused") + " the source " + source.name() + ".");
    }

    Instant now() {
        return clock.instant();
    }

    /** Ids of enabled sources whose next poll is due. */
    List<Long> due(int limit) {
        return sources.due(clock.instant(), limit);
    }

    void pollSucceeded(Source source, String etag, String lastModified) {
        Instant now = clock.instant();
        sources.pollSucceeded(source.id(), now, now.plus(source.pollInterval()), etag, lastModified);
    }

    /**
     * Records a failed poll: the next one waits {@code interval * 2^failures} (at most a day), or what
     * the server asked for with Retry-After if that is longer; after {@link #FAILING_AFTER} failures in a
     * row the source is marked failing, with the last error in plain words.
     */
    void pollFailed(Source source, String error, Duration retryAfter) {
        Instant now = clock.instant();
        int failures = source.health().consecutiveFailures() + 1;
        Duration wait = backoff(source.pollInterval(), failures);
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : retryAfter;
        }
        String status = failures >= FAILING_AFTER ? "failing" : "error";
        sources.pollFailed(source.id(), now, now.plus(wait), status, error, failures);
        log.warn("event=source_poll_failed source_id={} feed_url={} failures={} next_in={} reason=\"{}\"",
                source.id(), source.feedUrl(), failures, wait, error);
    }

    static Duration backoff(Duration interval, int failures) {
        Duration wait = interval;
        for (int i = 0; i < failures && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private void check(SourceSettings settings, long id) {
        Map<String, String> errors = new LinkedHashMap<>(settings.validate());
        if (!errors.containsKey("url") && sources.urlTaken(settings.url().strip(), id)) {
            errors.put("url", "Another source already has this feed address.");
        }
        if (!errors.containsKey("categorySlug") && taxonomy.category(settings.categorySlug().strip()).isEmpty()) {
            errors.put("categorySlug", "There is no category “" + settings.categorySlug().strip() + "”.");
        }
        if (!errors.containsKey("categoryMap")) {
            SourceSettings.mapping(settings.categoryMap()).values().stream()
                    .filter(slug -> taxonomy.category(slug).isEmpty()).findFirst()
                    .ifPresent(slug -> errors.put("categoryMap", "There is no category “" + slug + "”."));
        }
        if (!errors.isEmpty()) {
            throw new SourceException(errors);
        }
    }

    private static Object actorId(Account actor) {
        return actor == null ? "system" : actor.id();
    }
}
