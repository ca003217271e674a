package org.broadsheet.platform.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Brings the schema up to date before the pool is handed to the application, and starts Flyway only
 * when there is something for it to do.
 *
 * <p>Flyway's own start (its configuration is copied through Jackson 2, which nothing else loads; the
 * migrations are scanned and parsed) costs about a tenth of the application's start and a few thousand
 * loaded classes, for nothing on every start after the first. So one cheap query reads
 * {@code flyway_schema_history} first, and Flyway is skipped when the history is exactly the classpath's
 * versioned SQL migrations, all successful: the same versions, descriptions and checksums (Flyway's
 * CRC-32 of the lines, computed the same way here). Anything else (no history table, a missing, new,
 * changed or failed migration, a baseline row, a file that is not a plain {@code V<version>__<name>.sql})
 * runs Flyway's migrate as before, with its validation. What the skip leaves out of Flyway's validation is
 * only what cannot differ when those match: the check that applied migrations are still on the classpath and
 * unchanged is done here, by set equality.
 */
final class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__(.+)\\.sql");

    /** One applied or available versioned migration, as Flyway's history table records it. */
    record Migration(String version, String description, int checksum) {
    }

    /** What happened: Flyway skipped (the schema was current) or run. */
    enum Outcome { CURRENT, MIGRATED }

    private SchemaMigrations() {
    }

    /**
     * @param locations Flyway locations ({@code classpath:} only; {@code {vendor}} is replaced by the
     *                  database's id, as Spring Boot does)
     */
    static Outcome migrate(DataSource dataSource, String jdbcUrl, List<String> locations, ClassLoader classLoader) {
        String vendor = DatabaseDriver.fromJdbcUrl(jdbcUrl).getId();
        List<String> resolved = locations.stream().map(location -> location.replace("{vendor}", vendor)).toList();
        Set<Migration> available = available(resolved, classLoader);
        if (available != null && !available.isEmpty()) {
            Set<Migration> applied = applied(dataSource);
            if (available.equals(applied)) {
                log.info("Schema current ({} migrations, checksums match the history): Flyway not started", applied.size());
                return Outcome.CURRENT;
            }
        }
        Flyway.configure(classLoader).dataSource(dataSource).locations(resolved.toArray(String[]::new)).load().migrate();
        return Outcome.MIGRATED;
    }

    /** The classpath's migrations, or null when any location holds something other than versioned SQL files. */
    static Set<Migration> available(List<String> locations, ClassLoader classLoader) {
        var resolver = new PathMatchingResourcePatternResolver(classLoader);
        Set<Migration> migrations = new HashSet<>();
        try {
            for (String location : locations) {
                if (!location.startsWith("classpath:")) {
                    return null;
                }
                String folder = location.substring("classpath:".length()).replaceAll("^/+|/+$", "");
                for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*")) {
                    String name = resource.getFilename();
                    if (name == null || name.isEmpty() || !resource.isReadable()) {
                        continue;  // a folder
                    }
                    Matcher matcher = VERSIONED.matcher(name);
                    if (!matcher.matches()) {
                        return null;  // a repeatable, undo, callback or Java migration: Flyway decides
                    }
                    migrations.add(new Migration(matcher.group(1).replace('_', '.'),
                            matcher.group(2).replace('_', ' '), checksum(resource)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the migrations in " + locations, e);
        }
        return migrations;
    }

    /** Flyway's checksum of a SQL migration: CRC-32 of each line's UTF-8 bytes, without line endings or BOM. */
    static int checksum(Resource resource) throws IOException {
        CRC32 crc = new CRC32();
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                first = false;
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }

    /** The successful versioned SQL migrations of the history, or null when it is missing or holds anything else. */
    static Set<Migration> applied(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select version, description, type, checksum, success from flyway_schema_history")) {
            Set<Migration> migrations = new HashSet<>();
            while (rows.next()) {
                int checksum = rows.getInt(4);
                boolean nullChecksum = rows.wasNull();
                if (rows.getString(1) == null || !"SQL".equals(rows.getString(3)) || nullChecksum || !rows.getBoolean(5)) {
                    return null;
                }
                if (!migrations.add(new Migration(rows.getString(1), rows.getString(2), checksum))) {
                    return null;
                }
            }
            return migrations;
        } catch (SQLException e) {
            return null;  // no history table yet: a new database
        }
    }
}
