package org.broadsheet.platform.jobs;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Cluster-wide locks for jobs (ShedLock over the {@code shedlock} table): with several nodes on one
 * database, a task run through the {@link LockingTaskExecutor} runs on one node at a time.
 * Locks use each node's clock, so keep node clocks in sync (NTP) and lock-at-most times generous.
 * ShedLock's {@code @SchedulerLock} annotations are not used (no job needs them), so its Spring module,
 * whose method interceptor every bean was checked against at start, is left out.
 */
@Configuration(proxyBeanMethods = false)
class JobLocks {

    /** SQLite's "constraint failed" (the lock row exists already): SQLITE_CONSTRAINT, without an SQL state. */
    private static final int SQLITE_CONSTRAINT = 19;

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // ShedLock inserts a lock's row the first time it sees a name (per JVM, in a weak registry) and expects a
        // duplicate key to say "the row is there already, update it". Spring does not recognise SQLite's error as
        // a duplicate key, so without this a lock whose row exists (after a restart, or once the registry has
        // forgotten the name) fails with an exception on SQLite instead of being taken.
        SQLExceptionTranslator standard = jdbc.getExceptionTranslator();
        jdbc.setExceptionTranslator((task, sql, e) -> e.getErrorCode() == SQLITE_CONSTRAINT && e.getSQLState() == null
                ? new DuplicateKeyException(task + ": " + e.getMessage(), e) : standard.translate(task, sql, e));
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .withTableName("shedlock")
                .build());
    }

    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }
}
