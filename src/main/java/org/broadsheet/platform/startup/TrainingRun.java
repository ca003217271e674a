package org.broadsheet.platform.startup;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training run of {@code bin/start-fast.sh} ({@code -Dbroadsheet.training-run=true}, with the JVM's
 * {@code -XX:AOTCacheOutput}): once the site is up and its start-up tasks are done, it asks itself for
 * the pages readers ask for first ({@link TrainingVisits}), then closes and ends the process. The JVM
 * then writes its AOT cache with the classes that start-up and those requests loaded and their method
 * profiles, so that later starts load less and compile sooner on the way to their first page.
 * Without the switch it does nothing.
 */
@Component
class TrainingRun {

    static final String SWITCH = "broadsheet.training-run";
    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    @EventListener(ApplicationReadyEvent.class)
    void onReady(ApplicationReadyEvent ready) {
        Environment environment = ready.getApplicationContext().getEnvironment();
        // read here, not as a bean condition: Spring AOT fixes the bean set at build time
        if (!environment.getProperty(SWITCH, Boolean.class, false)) {
            return;
        }
        List<TrainingVisits.Visit> visits = new TrainingVisits(siteAddress(environment)).run(TrainingVisits.ROUNDS);
        List<TrainingVisits.Visit> failed = visits.stream().filter(TrainingVisits.Visit::failed).toList();
        log.info("event=training_run_done requests={} failed={}", visits.size(), failed.size());
        failed.stream().limit(5)
                .forEach(visit -> log.warn("event=training_request_failed path={} status={} error=\"{}\"",
                        visit.path(), visit.status(), visit.error()));
        System.exit(SpringApplication.exit(ready.getApplicationContext()));
    }

    /** The site in a training run: on the loopback address ({@link TrainingAddress}). */
    static URI siteAddress(Environment environment) {
        return URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + "/");
    }
}
