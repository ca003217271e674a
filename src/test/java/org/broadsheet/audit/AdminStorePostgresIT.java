package org.broadsheet.audit;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.broadsheet.accounts.AccessTokens;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountService;
import org.broadsheet.accounts.Role;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.OnPostgres;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Access tokens, the audit log and job locks on PostgreSQL (their other tests run on SQLite). */
@OnPostgres
class AdminStorePostgresIT extends AppTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccessTokens tokens;
    @Autowired
    AuditLog audit;
    @Autowired
    LockProvider locks;

    @Test
    void a_token_is_found_by_its_secret_until_revoked() {
        Account account = accounts.create(Unique.slug("pg-token") + "@broadsheet.test", "Token Person",
                "a-long-enough-passphrase", Role.AUTHOR);
        AccessTokens.CreatedToken created = tokens.create(account.id(), "Laptop");

        assertThat(tokens.authenticate(created.token())).map(Account::id).contains(account.id());
        assertThat(tokens.revoke(created.id())).isTrue();
        assertThat(tokens.authenticate(created.token())).isEmpty();
        assertThat(tokens.ofAccount(account.id())).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
    }

    @Test
    void the_audit_log_pages_newest_first_and_filters_by_subject() {
        String subject = Unique.slug("setting");
        audit.record(null, "changed", "setting", subject, "first");
        audit.record(null, "changed", "setting", subject, "second");
        audit.record(null, "created", "story", subject, "other");

        var settings = audit.page(null, "setting", null, 200).stream().filter(e -> e.subjectId().equals(subject)).toList();
        var older = audit.page(settings.getFirst().id(), "setting", null, 200).stream()
                .filter(e -> e.subjectId().equals(subject)).toList();

        assertThat(settings).extracting(AuditEntry::summary).containsExactly("second", "first");
        assertThat(older).extracting(AuditEntry::summary).containsExactly("first");
    }

    @Test
    void a_job_lock_is_held_by_one_holder_at_a_time() {
        LockConfiguration config = new LockConfiguration(Instant.now(), Unique.slug("job"), Duration.ofMinutes(1), Duration.ZERO);

        SimpleLock first = locks.lock(config).orElseThrow();
        assertThat(locks.lock(config)).isEmpty();
        first.unlock();
        assertThat(locks.lock(config)).isPresent();
    }
}
