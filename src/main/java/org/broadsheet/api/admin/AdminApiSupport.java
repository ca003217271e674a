package org.broadsheet.api.admin;

import java.security.Principal;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountService;
import org.broadsheet.accounts.Capability;
import org.broadsheet.api.InvalidFieldsException;
import org.broadsheet.audit.AuditLog;
import org.broadsheet.content.InputProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the Admin API controllers for categories, tags and pages share: the token's account with
 * its capability checked on every call, and writes that are recorded in the audit log in the same
 * transaction, refused input turned into 400 answers with a message per field.
 */
@Component
class AdminApiSupport {

    private final AccountService accounts;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;

    AdminApiSupport(AccountService accounts, AuditLog auditLog, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.transactions = transactions;
    }

    /** The account the token acts as, when it may do {@code capability} (else 403). */
    Account require(Principal principal, Capability capability) {
        if (principal == null) {
            throw new AccessDeniedException("no token");
        }
        Account account = accounts.findByEmail(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("account is gone"));
        if (!account.can(capability)) {
            throw new AccessDeniedException("missing " + capability);
        }
        return account;
    }

    /** Runs a write and its audit entry in one transaction. */
    <T> T write(Account actor, String action, String subjectType, Function<T, String> subjectId, String summary,
                Supplier<T> work) {
        try {
            return transactions.execute(status -> {
                T result = work.get();
                auditLog.record(actor, action, subjectType, subjectId.apply(result), summary);
                return result;
            });
        } catch (InputProblem problem) {
            throw new InvalidFieldsException(Map.of(problem.field(), problem.getMessage()));
        }
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
