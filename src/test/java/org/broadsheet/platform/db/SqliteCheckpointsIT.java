package org.broadsheet.platform.db;

import java.sql.SQLException;
import java.time.Duration;

import org.broadsheet.testsupport.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.testsupport.Eventually.eventually;

/** SQLite's write-ahead log is copied into the database in the background, not by the committing connection. */
class SqliteCheckpointsIT extends AppTest {

    @Autowired
    SqliteCheckpoints checkpoints;

    @Test
    void connectionsLeaveCheckpointsToTheBackgroundAndItCopiesTheWholeLog() {
        assertThat(jdbc.sql("PRAGMA wal_autocheckpoint").query(Long.class).single())
                .as("a committing connection checkpoints only past 64 MB of log").isEqualTo(16_384L);
        stories().any().save();

        // a background reader (the search follower) may hold an older snapshot for a moment: then it copies less
        eventually(Duration.ofSeconds(10), () -> {
            SqliteCheckpoints.Result result = checkpoint();
            assertThat(result.logFrames()).as("the save wrote to the log").isPositive();
            assertThat(result.checkpointedFrames()).as("all of the log is copied").isEqualTo(result.logFrames());
        });
    }

    private SqliteCheckpoints.Result checkpoint() {
        try {
            return checkpoints.checkpoint();
        } catch (SQLException e) {
            throw new AssertionError("the checkpoint failed", e);
        }
    }
}
