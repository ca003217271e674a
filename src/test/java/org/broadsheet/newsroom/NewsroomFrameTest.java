package org.broadsheet.newsroom;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewsroomFrameTest {

    private static NewsroomFrame frameIn(String zone) {
        return new NewsroomFrame("Site", "Title", "audit", "/site.css", "/newsroom.css", null, null, "_csrf", "token",
                ZoneId.of(zone));
    }

    @Test
    void timesOnNewsroomScreensReadInTheSitesZoneWithItsNameOfTheSeason() {
        NewsroomFrame london = frameIn("Europe/London");

        assertThat(london.time(Instant.parse("2026-11-24T22:51:30Z"))).isEqualTo("24 Nov 2026, 22:51 GMT");
        assertThat(london.time(Instant.parse("2026-07-01T08:05:00Z"))).isEqualTo("1 Jul 2026, 09:05 BST");
        assertThat(frameIn("America/New_York").time(Instant.parse("2026-11-24T22:51:30Z"))).isEqualTo("24 Nov 2026, 17:51 EST");
        assertThat(frameIn("UTC").time(Instant.parse("2026-11-24T22:51:30Z"))).isEqualTo("24 Nov 2026, 22:51 UTC");
    }
}
