package org.broadsheet.syndication.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Retry-After as seconds or as an HTTP date, capped at a day; null when missing or unreadable. */
final class RetryAfter {

    static final Duration MAX = Duration.ofDays(1);

    private RetryAfter() {
    }

    static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Duration d;
        if (v.chars().allMatch(Character::isDigit)) {
            d = v.length() > 9 ? MAX : Duration.ofSeconds(Long.parseLong(v));
        } else {
            try {
                d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(MAX) > 0 ? MAX : d;
    }
}
