package org.broadsheet.newsroom.admin;

import java.util.function.Function;
import java.util.function.Supplier;

import org.broadsheet.accounts.Account;
import org.broadsheet.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs an administrative write and its audit log entry in one transaction: either both are
 * stored or neither.
 */
@Component
class Audited {

    private final AuditLog auditLog;

    Audited(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** Does {@code work}, then records who did {@code action} to which subject. */
    @Transactional
    public <T> T run(Account actor, String action, String subjectType, Function<T, String> subjectId, String summary,
                     Supplier<T> work) {
        T result = work.get();
        auditLog.record(actor, action, subjectType, subjectId.apply(result), summary);
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
