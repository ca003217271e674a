package org.broadsheet.platform.startup;

import java.net.URI;
import java.util.List;

import org.broadsheet.testsupport.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/** The training run's requests find the site's real pages from the home page, and the site answers them all. */
class TrainingVisitsIT extends AppTest {

    @Autowired
    Environment environment;

    @Test
    void theTrainingRunAsksForTheNewestStoryASectionSearchAndTheFeedsAndNoneFails() {
        stories().titled("Ferry timetable changes for winter").save();

        List<TrainingVisits.Visit> visits = new TrainingVisits(TrainingRun.siteAddress(environment)).run(2);

        List<String> paths = visits.stream().map(TrainingVisits.Visit::path).distinct().toList();
        assertThat(paths).contains("/", "/feed", "/feed/atom", "/feed.json", "/sitemap.xml", "/robots.txt", "/login")
                .anyMatch(path -> path.startsWith("/story/"))
                .anyMatch(path -> path.startsWith("/category/"))
                .anyMatch(path -> path.startsWith("/assets/") && path.endsWith(".css"))
                .anyMatch(path -> path.startsWith("/search?q=") && !path.equals("/search?q=news"));
        assertThat(visits).as("every page asked for in each round").hasSize(1 + 2 * paths.size());
        assertThat(visits).filteredOn(visit -> !visit.path().equals("/training-run-missing-page"))
                .allSatisfy(visit -> assertThat(visit.status()).as(visit.path()).isEqualTo(200));
        assertThat(visits).filteredOn(visit -> visit.path().equals("/training-run-missing-page"))
                .allSatisfy(visit -> assertThat(visit.status()).isEqualTo(404));
    }
}
