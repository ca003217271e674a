package org.broadsheet.syndication;

import java.nio.file.Path;
import java.util.List;

import org.broadsheet.BroadsheetApplication;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.syndication.parse.ParsedFeed;
import org.broadsheet.syndication.parse.WireItem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What ingest has seen is in the database: after a restart the same feed creates nothing again. */
class IngestRestartIT {

    /** Under target/ and left there: the search index may still be writing while the context closes. */
    private final Path dataDir = createDataDir();

    @Test
    void aRestartedSiteDoesNotPublishTheSameItemsAgain() {
        WireItem first = Wire.item("Dam inspection passed", "The dam passed its inspection.");
        WireItem second = Wire.item("Reservoir level rises", "The reservoir is fuller than last year.");
        ParsedFeed feed = Wire.feed(first, second);
        long sourceId;
        try (ConfigurableApplicationContext before = start()) {
            String category = before.getBean(TaxonomyService.class).saveCategory("water", "Water", "", null, null).slug();
            Source source = before.getBean(SourceService.class)
                    .create(SyndicationTestSupport.settings("Restart Wire", category, "auto"), null);
            sourceId = source.id();
            assertThat(before.getBean(IngestService.class).ingest(source, feed).created()).isEqualTo(2);
        }

        try (ConfigurableApplicationContext after = start()) {
            Source source = after.getBean(SourceService.class).find(sourceId).orElseThrow();
            IngestOutcome again = after.getBean(IngestService.class).ingest(source, feed);

            assertThat(again.created()).isZero();
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(after.getBean(JdbcClient.class).sql("SELECT count(*) FROM article WHERE source_name = 'Restart Wire'")
                    .query(Long.class).single()).isEqualTo(2);
        }
    }

    private static Path createDataDir() {
        try {
            return java.nio.file.Files.createTempDirectory(java.nio.file.Files.createDirectories(Path.of("target")), "ingest-restart-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BroadsheetApplication.class)
                .run("--server.port=0", "--broadsheet.data-dir=" + dataDir, "--broadsheet.syndication.poller.enabled=false",
                        "--logging.level.org.broadsheet=WARN", "--server.tomcat.accesslog.enabled=false");
    }
}
