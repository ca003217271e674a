package org.broadsheet.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormatTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
            "0, 0", "7, 7", "999, 999", "1000, 1k", "1049, 1k", "1050, 1.1k", "1500, 1.5k", "12345, 12.3k",
            "61100, 61.1k", "165000, 165k", "248100, 248.1k", "999949, 999.9k", "999950, 1M", "1000000, 1M",
            "1250000, 1.3M", "12500000, 12.5M", "999999999, 1B", "2000000000, 2B"})
    void audience_counts_read_in_compact_form(long count, String text) {
        assertThat(Format.compact(count)).isEqualTo(text);
    }

    @Test
    void times_read_in_the_sites_time_zone_with_a_machine_readable_form() {
        Instant time = Instant.parse("2026-11-24T16:05:42.123Z");

        assertThat(Format.dateTime(time, ZoneOffset.UTC)).isEqualTo("November 24, 2026 4:05 pm");
        assertThat(Format.dateTime(time, ZoneId.of("Asia/Tokyo"))).isEqualTo("November 25, 2026 1:05 am");
        assertThat(Format.date(time, ZoneId.of("America/Los_Angeles"))).isEqualTo("November 24, 2026");
        assertThat(Format.iso(time)).isEqualTo("2026-11-24T16:05:42Z");
    }
}
