package org.broadsheet.newsroom;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountService;
import org.broadsheet.audit.AuditLog;
import org.broadsheet.content.StoryChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes story changes to the audit log. The content rules know no accounts, so they announce each
 * change; this listener runs synchronously, inside the transaction of the change.
 */
@Component
class StoryAuditTrail {

    private final AccountService accounts;
    private final AuditLog audit;

    StoryAuditTrail(AccountService accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void on(StoryChanged change) {
        Account actor = change.accountId() == null ? null : accounts.find(change.accountId()).orElse(null);
        audit.record(actor, change.action(), "story", String.valueOf(change.storyId()), change.title());
    }
}
