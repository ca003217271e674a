package org.broadsheet.audit;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** ShedLock over SQLite: what keeps a scheduled job to one node when several share a database. */
class JobLocksIT extends AppTest {

    @Autowired
    LockProvider locks;

    @Test
    void a_job_lock_is_held_by_one_holder_at_a_time() {
        LockConfiguration config = new LockConfiguration(Instant.now(), Unique.slug("job"), Duration.ofMinutes(1), Duration.ZERO);

        SimpleLock first = locks.lock(config).orElseThrow();
        assertThat(locks.lock(config)).as("while held").isEmpty();
        first.unlock();
        locks.lock(config).orElseThrow().unlock();
    }
}
