package org.broadsheet.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The connection pool. For the embedded default (SQLite) it creates the data directory
 * first, because SQLite creates the database file but not its folder. The schema is brought up to date
 * before the pool is handed out ({@link SchemaMigrations}: Flyway runs only when a migration is pending;
 * Spring Boot's Flyway auto-configuration is excluded in application.yml), so every bean that uses the
 * database sees the current schema. {@code spring.flyway.locations} and {@code spring.flyway.enabled} still apply.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    /** Static: a post-processor is made before the configuration's other beans. */
    @Bean
    static TransactionalClassesOnly transactionalClassesOnly() {
        return new TransactionalClassesOnly();
    }

    @Bean
    HikariDataSource dataSource(DataSourceProperties properties, Environment environment) {
        String url = properties.determineUrl();
        createSqliteFolder(url);
        HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Binder binder = Binder.get(environment);
        // Bound here, not by @ConfigurationProperties after this method: the pool must be configured
        // before the migration's first connection starts it (a started pool's configuration is sealed).
        binder.bind("spring.datasource.hikari", Bindable.ofInstance(dataSource));
        if (binder.bind("spring.flyway.enabled", Boolean.class).orElse(true)) {
            List<String> locations = binder.bind("spring.flyway.locations", Bindable.listOf(String.class))
                    .orElse(List.of("classpath:db/migration"));
            SchemaMigrations.migrate(dataSource, url, locations, DataSourceConfiguration.class.getClassLoader());
        }
        return dataSource;
    }

    static void createSqliteFolder(String url) {
        if (url == null || !url.startsWith("jdbc:sqlite:")) {
            return;
        }
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.isBlank() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + parent, e);
        }
    }
}
