package org.broadsheet.newsroom.admin;

import java.util.List;

import org.broadsheet.accounts.Account;
import org.broadsheet.audit.AuditEntry;
import org.broadsheet.newsroom.NewsroomFrame;

/**
 * The audit log, newest first, optionally of one subject type and/or one actor.
 *
 * @param olderUrl the next (older) page, or null at the end
 */
public record AuditPage(NewsroomFrame frame, List<AuditEntry> entries, List<String> types, String type,
                        List<Account> actors, Long actor, String olderUrl) {
}
