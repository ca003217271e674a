package org.broadsheet.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import org.broadsheet.platform.db.SchemaMigrations.Outcome;

class SchemaMigrationsTest {

    private static final ClassLoader LOADER = SchemaMigrationsTest.class.getClassLoader();
    private static final List<String> ONE = List.of("classpath:db/schema-migrations-test/one");
    private static final List<String> TWO = List.of("classpath:db/schema-migrations-test/two");

    @TempDir
    Path folder;

    @Test
    void aNewDatabaseIsMigratedByFlywayAndTheNextStartSkipsFlyway() throws SQLException {
        SQLiteDataSource db = database();

        assertThat(migrate(db, ONE)).isEqualTo(Outcome.MIGRATED);
        assertThat(migrate(db, ONE)).isEqualTo(Outcome.CURRENT);
        execute(db, "insert into first (id) values (1)");
    }

    @Test
    void theProjectsOwnMigrationsAreRecognisedAsCurrentAfterFlywayAppliedThem() throws SQLException {
        SQLiteDataSource db = database();
        List<String> locations = List.of("classpath:db/migration/{vendor}");

        assertThat(migrate(db, locations)).isEqualTo(Outcome.MIGRATED);
        assertThat(migrate(db, locations)).as("checksums computed as Flyway does").isEqualTo(Outcome.CURRENT);
    }

    @Test
    void aPendingMigrationStartsFlywayWhichAppliesIt() throws SQLException {
        SQLiteDataSource db = database();
        migrate(db, ONE);

        assertThat(migrate(db, TWO)).isEqualTo(Outcome.MIGRATED);
        execute(db, "insert into second (id) values (1)");
        assertThat(migrate(db, TWO)).isEqualTo(Outcome.CURRENT);
    }

    @Test
    void anAppliedMigrationThatChangedStillFailsFlywaysValidation() throws SQLException {
        SQLiteDataSource db = database();
        migrate(db, ONE);
        execute(db, "update flyway_schema_history set checksum = checksum + 1 where version = '1'");

        assertThatThrownBy(() -> migrate(db, ONE)).isInstanceOf(FlywayException.class).hasMessageContaining("checksum");
    }

    @Test
    void aFailedMigrationInTheHistoryIsLeftToFlyway() throws SQLException {
        SQLiteDataSource db = database();
        migrate(db, ONE);
        execute(db, "update flyway_schema_history set success = 0 where version = '1'");

        assertThatThrownBy(() -> migrate(db, ONE)).isInstanceOf(FlywayException.class);
    }

    private Outcome migrate(SQLiteDataSource db, List<String> locations) {
        return SchemaMigrations.migrate(db, db.getUrl(), locations, LOADER);
    }

    private SQLiteDataSource database() {
        SQLiteDataSource db = new SQLiteDataSource();
        db.setUrl("jdbc:sqlite:" + folder.resolve("test.db"));
        return db;
    }

    private static void execute(SQLiteDataSource db, String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
