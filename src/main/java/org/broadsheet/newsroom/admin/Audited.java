package org.broadsheet.newsroom.admin;

import java.util.function.Function;
import java.util.function.Supplier;

import org.broadsheet.accounts.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs an administrative write and its audit log entry in one transaction: either both are
 * stored or neither.
 */
@Component
class Audited {

    private static final Logger log = LoggerFactory.getLogger(Audited.class);

    /** Does {@code work}, then records who did {@code action} to which subject. */
    @Transactional
    public <T> T run(Account actor, String action, String subjectType, Function<T, String> subjectId, String summary,
                     Supplier<T> work) {
        T result = work.get();
        log.info("event=audit actor_id={} action={} subject_type={} subject_id={} summary=\"{}\"",
                actor == null ? "" : actor.id(), action, subjectType, subjectId.apply(result), summary);
        return result;
    }

    @Transactional
    public void run(Account actor, String action, String subjectType, String subjectId, String summary, Runnable work) {
        run(actor, action, subjectType, (Object ignored) -> subjectId, summary, () -> {
            work.run();
            return null;
        });
    }
}
