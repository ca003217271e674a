package org.broadsheet.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Copies SQLite's write-ahead log into the database from a background thread, so that the connection that
 * commits does not. application.yml raises {@code wal_autocheckpoint} from 1,000 pages (4 MB) to 16,384 (64 MB):
 * without this, every 4 MB of writes one commit also copied the log into the database and synced it, on the
 * thread that stores wire items and stories. Here a PASSIVE checkpoint runs every second, which neither waits
 * for nor blocks readers and the writer; the raised limit stays as the writer's safety net should this fall
 * behind. Ingest of 10,000 wire items: the store thread blocked about half as long (bench/README.md, Ingest).
 * Does nothing on PostgreSQL.
 */
@Component
class SqliteCheckpoints {

    /** What one checkpoint found: frames in the log, and of those, frames now in the database. */
    record Result(long logFrames, long checkpointedFrames) {
    }

    private static final Logger log = LoggerFactory.getLogger(SqliteCheckpoints.class);

    private final HikariDataSource dataSource;
    private final boolean sqlite;

    SqliteCheckpoints(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.sqlite = dataSource.getJdbcUrl() != null && dataSource.getJdbcUrl().startsWith("jdbc:sqlite:");
    }

    @Scheduled(initialDelayString = "${broadsheet.sqlite.checkpoint-millis:1000}",
            fixedDelayString = "${broadsheet.sqlite.checkpoint-millis:1000}")
    void checkpointInBackground() {
        if (!sqlite) {
            return;
        }
        try {
            checkpoint();
        } catch (SQLException e) {
            log.warn("event=sqlite_checkpoint_failed reason=\"{}\"", e.getMessage());
        }
    }

    Result checkpoint() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            result.next();
            return new Result(result.getLong(2), result.getLong(3));
        }
    }
}
