package org.broadsheet.platform.jobs;

import java.nio.file.Path;

import org.broadsheet.BroadsheetApplication;
import org.broadsheet.testsupport.AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

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
}
