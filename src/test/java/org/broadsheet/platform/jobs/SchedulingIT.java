package org.broadsheet.platform.jobs;

import java.nio.file.Path;

import org.broadsheet.BroadsheetApplication;
import org.broadsheet.content.ScheduledPublisher;
import org.broadsheet.testsupport.AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.config.ScheduledTask;

import static org.assertj.core.api.Assertions.assertThat;

/** Scheduled jobs run in the site, never beside a command-line task sharing its database. */
class SchedulingIT extends AppTest {

    @Autowired
    ApplicationContext site;

    @Test
    void theSiteRunsScheduledJobsButACommandsContextDoesNot(@TempDir Path dataDir) {
        assertThat(site.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isNotEmpty();

        try (ConfigurableApplicationContext command = new SpringApplicationBuilder(BroadsheetApplication.class)
                .web(WebApplicationType.NONE)
                .run("--broadsheet.data-dir=" + dataDir, "--spring.main.log-startup-info=false")) {
            assertThat(command.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
        }
    }

    @Test
    void everyJobOfTheSiteIsScheduledAndOnlyTheSitesClassesAreSearched() {
        ScheduledAnnotationBeanPostProcessor processor = site.getBean(ScheduledAnnotationBeanPostProcessor.class);
        assertThat(processor.getScheduledTasks()).extracting(ScheduledTask::toString).contains(
                "org.broadsheet.search.SearchIndexer.follow", "org.broadsheet.content.ScheduledPublisher.poll",
                "org.broadsheet.syndication.FeedPoller.tick", "org.broadsheet.trending.ViewCounter.flush",
                "org.broadsheet.trending.ViewCounter.reload",
                "org.broadsheet.platform.db.SqliteCheckpoints.checkpointInBackground",
                "org.broadsheet.content.MemoryCachesFollower.follow",
                "org.broadsheet.site.PageCaching$Invalidator.followJournal");

        assertThat(Scheduling.searched(ScheduledPublisher.class)).isTrue();
        assertThat(Scheduling.searched(JdbcTemplate.class)).as("Spring's own beans are not read for @Scheduled").isFalse();
    }
}
