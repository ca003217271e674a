package org.broadsheet.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A search as asked for by a reader.
 *
 * @param category a category slug (its sub-categories included), or null
 * @param from     first instant included, or null
 * @param to       first instant excluded, or null
 * @param page     counts from 1, at most {@link #MAX_PAGE}
 */
public record SearchRequest(String q, String category, Instant from, Instant to, Sort sort, int page) {

    public static final int MAX_PAGE = 50;

    public enum Sort {
        RELEVANCE, NEWEST;

        /** "newest" means newest; anything else, relevance. */
        public static Sort of(String value) {
            return "newest".equalsIgnoreCase(value) ? NEWEST : RELEVANCE;
        }
    }

    public SearchRequest {
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.clamp(page, 1, MAX_PAGE);
        category = category == null || category.isBlank() ? null : category.strip();
    }

    /**
     * From request parameters as typed; dates are days ({@code 2026-11-24}, UTC), {@code to} included.
     *
     * @throws IllegalArgumentException with a message for the reader when a date is not a date
     */
    public static SearchRequest of(String q, String category, String from, String to, String sort, String page) {
        LocalDate first = day(from, "from");
        LocalDate last = day(to, "to");
        return new SearchRequest(q, category, first == null ? null : first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), Sort.of(sort),
                pageNumber(page));
    }

    private static LocalDate day(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() >= 1 && day.getYear() <= 9999) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("'" + name + "' must be a date like 2026-01-31.");
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public static SearchRequest of(String q) {
        return new SearchRequest(q, null, null, null, Sort.RELEVANCE, 1);
    }
}
