package org.broadsheet.audit;

import java.time.Instant;

/** One line of the audit log: who ({@code actorId} null for the system) did what to which subject, and when. */
public record AuditEntry(long id, Long actorId, String actorName, String action, String subjectType,
                         String subjectId, String summary, Instant at) {
}
