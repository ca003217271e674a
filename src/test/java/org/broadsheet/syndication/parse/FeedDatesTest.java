package org.broadsheet.syndication.parse;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Dates as feeds really write them. */
class FeedDatesTest {

    static Stream<Arguments> dates() {
        return Stream.of(
                arguments("Tue, 24 Nov 2026 08:15:00 +0000", "2026-11-24T08:15:00Z"),
                arguments("Tue, 24 Nov 2026 08:15:00 GMT", "2026-11-24T08:15:00Z"),
                arguments("Tue, 24 Nov 2026 08:15:00 EST", "2026-11-24T13:15:00Z"),
                arguments("Tue, 24 Nov 2026 08:15:00 PDT", "2026-11-24T15:15:00Z"),
                arguments("Tue, 24 Nov 2026 08:15:00 GMT+2", "2026-11-24T06:15:00Z"),
                arguments("Tue, 24 Nov 2026 08:15:00 UTC-05:30", "2026-11-24T13:45:00Z"),
                arguments("Tue, 24 Nov 2026 08:15 +0100", "2026-11-24T07:15:00Z"),
                arguments("24 Nov 26 08:15:00 GMT", "2026-11-24T08:15:00Z"),
                arguments("Sun, 24 Nov 2026 08:15:00 GMT", "2026-11-24T08:15:00Z"),
                arguments("Tuesday, 24 November 2026 08:15:00 GMT", "2026-11-24T08:15:00Z"),
                arguments("Tue, 24 Nov 2026 08:15:00 +0000 (Coordinated Universal Time)", "2026-11-24T08:15:00Z"),
                arguments("Tue, 24 Nov 2026 08:15:00 CEST", "2026-11-24T06:15:00Z"),
                arguments("Tue, 24 Nov 2026 08:15:00 XYZT", "2026-11-24T08:15:00Z"),
                arguments("Tue, 24 Nov 2026", "2026-11-24T00:00:00Z"),
                arguments("Di, 24 Dez 2026 08:15:00 +0100", "2026-12-24T07:15:00Z"),
                arguments("2026-11-24T08:15:00Z", "2026-11-24T08:15:00Z"),
                arguments("2026-11-24T08:15:00.123+02:00", "2026-11-24T06:15:00.000Z"),
                arguments("2026-11-24T08:15:00+0200", "2026-11-24T06:15:00Z"),
                arguments("2026-11-24T08:15:00", "2026-11-24T08:15:00Z"),
                arguments("2026-11-24 08:15:00", "2026-11-24T08:15:00Z"),
                arguments("2026-11-24T08:15Z", "2026-11-24T08:15:00Z"),
                arguments("2026-11-24", "2026-11-24T00:00:00Z"),
                arguments("2026/11/24 08:15", "2026-11-24T08:15:00Z"),
                arguments("20261124T081500Z", "2026-11-24T08:15:00Z"),
                arguments("1795508100", "2026-11-24T08:15:00Z"),
                arguments("1795508100000", "2026-11-24T08:15:00Z"),
                arguments("November 24, 2026 8:15 AM", "2026-11-24T08:15:00Z"),
                arguments("Nov 24, 2026 8:15 PM EST", "2026-11-25T01:15:00Z"),
                arguments("Tue Nov 24 08:15:00 2026", "2026-11-24T08:15:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void readsTheDate(String raw, String expected) {
        Instant parsed = FeedDates.parse(raw);
        assertThat(parsed).isNotNull();
        assertThat(parsed.toEpochMilli() / 1000).isEqualTo(Instant.parse(expected).toEpochMilli() / 1000);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("notDates")
    void whatIsNoDateGivesNull(String raw) {
        assertThat(FeedDates.parse(raw)).isNull();
    }

    static Stream<String> notDates() {
        return Stream.of("", "   ", "yesterday", "32 Foo 2026", "2026-13-45T99:99:99Z", "Thu, 01 Jan 1970 00:00:00 GMT", "0", "x".repeat(500));
    }
}
