package org.broadsheet.syndication.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as feeds write them: RFC 822 with odd zones (EST, PDT, "GMT+2"), missing seconds,
 * two-digit years and wrong day names; ISO 8601 with or without a zone (UTC assumed); epoch
 * seconds or milliseconds; "November 24, 2026 10:15 AM". Null when it is no date (or before 1980).
 */
final class FeedDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/.]?(\\d{1,2})[-/.]?(\\d{1,2})(?:[T\\s]+(\\d{1,2}):?(\\d{2})(?::?(\\d{2})(?:[.,]\\d+)?)?)?\\s*(.*)");
    private static final Pattern RFC822 = Pattern.compile(
            "(\\d{1,2})[\\s\\-]+([A-Za-zéûä]+)\\.?,?[\\s\\-]+(\\d{2,4})(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([AaPp][Mm])?)?\\s*(.*)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?\\s*(.*)");
    private static final Pattern ASCTIME = Pattern.compile(
            "([A-Za-z]+)\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(\\d{4})\\s*(.*)");
    private static final Pattern OFFSET = Pattern.compile("(?:GMT|UTC|UT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?");
    private static final Pattern DAY_NAME = Pattern.compile("^[A-Za-z]+\\.?,?\\s*");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            // German, French, Spanish, Dutch, Italian spellings seen in the wild
            Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("mai", 5), Map.entry("okt", 10), Map.entry("dez", 12),
            Map.entry("janv", 1), Map.entry("févr", 2), Map.entry("fév", 2), Map.entry("avr", 4), Map.entry("juin", 6),
            Map.entry("juil", 7), Map.entry("aoû", 8), Map.entry("déc", 12), Map.entry("ene", 1), Map.entry("abr", 4),
            Map.entry("ago", 8), Map.entry("dic", 12), Map.entry("mei", 5), Map.entry("mag", 5), Map.entry("giu", 6),
            Map.entry("lug", 7), Map.entry("set", 9), Map.entry("ott", 10), Map.entry("gen", 1));

    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("Z", 0), Map.entry("WET", 0),
            Map.entry("BST", 60), Map.entry("IST", 330), Map.entry("CET", 60), Map.entry("CEST", 120), Map.entry("MET", 60),
            Map.entry("MEST", 120), Map.entry("EET", 120), Map.entry("EEST", 180), Map.entry("MSK", 180),
            Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360), Map.entry("CDT", -300),
            Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420),
            Map.entry("AKST", -540), Map.entry("AKDT", -480), Map.entry("HST", -600), Map.entry("AST", -240),
            Map.entry("ADT", -180), Map.entry("NZST", 720), Map.entry("NZDT", 780), Map.entry("AEST", 600),
            Map.entry("AEDT", 660), Map.entry("ACST", 570), Map.entry("AWST", 480), Map.entry("JST", 540),
            Map.entry("KST", 540), Map.entry("HKT", 480), Map.entry("SGT", 480), Map.entry("WIB", 420));

    private static final Instant EARLIEST = Instant.parse("1980-01-01T00:00:00Z");

    private FeedDates() {
    }

    static Instant parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.indexOf('(') >= 0) {
            s = s.replaceAll("\\([^)]*\\)", " ").strip();
        }
        s = s.replace('\u00A0', ' ');
        if (s.isEmpty() || s.length() > 100) {
            return null;
        }
        Instant t = null;
        try {
            t = parseAny(s);
        } catch (DateTimeException | NumberFormatException e) {
            // not a date after all
        }
        return t == null || t.isBefore(EARLIEST) ? null : t;
    }

    private static Instant parseAny(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            if (s.length() == 8) {
                return parseIso(s);
            }
            long n = Long.parseLong(s);
            return s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        }
        if (Character.isDigit(s.charAt(0)) && s.length() >= 8 && ("-/.".indexOf(s.charAt(4)) >= 0 || Character.isDigit(s.charAt(4)))) {
            Instant iso = parseIso(s);
            if (iso != null) {
                return iso;
            }
        }
        String noDay = DAY_NAME.matcher(s).replaceFirst("");
        Matcher m = RFC822.matcher(noDay);
        if (m.matches()) {
            Integer month = month(m.group(2));
            if (month != null) {
                return at(year(m.group(3)), month, Integer.parseInt(m.group(1)), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8));
            }
        }
        m = MONTH_FIRST.matcher(noDay.isEmpty() ? s : noDay);
        if (!m.matches()) {
            m = MONTH_FIRST.matcher(s);
        }
        if (m.matches()) {
            Integer month = month(m.group(1));
            if (month != null) {
                return at(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8));
            }
        }
        m = ASCTIME.matcher(noDay);
        if (m.matches()) {
            Integer month = month(m.group(1));
            if (month != null) {
                return at(Integer.parseInt(m.group(6)), month, Integer.parseInt(m.group(2)), m.group(3), m.group(4), m.group(5), null, m.group(7));
            }
        }
        return null;
    }

    private static Instant parseIso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.matches()) {
            return null;
        }
        return at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(4), m.group(5), m.group(6), null, m.group(7));
    }

    private static Instant at(int year, int month, int day, String h, String min, String sec, String ampm, String zone) {
        int hour = h == null ? 0 : Integer.parseInt(h);
        if (ampm != null) {
            boolean pm = ampm.equalsIgnoreCase("pm");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        Integer offsetMinutes = offset(zone);
        if (offsetMinutes == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour == 24 ? 0 : hour,
                min == null ? 0 : Integer.parseInt(min), sec == null ? 0 : Math.min(59, Integer.parseInt(sec)));
        if (hour == 24) {
            local = local.plusDays(1);
        }
        return local.toInstant(ZoneOffset.UTC).minusSeconds(offsetMinutes * 60L);
    }

    /** Minutes east of UTC; 0 (UTC) for no zone or one we cannot read. */
    private static Integer offset(String zone) {
        if (zone == null || zone.isBlank()) {
            return 0;
        }
        String z = zone.strip();
        Integer whole = zoneOffset(z);
        if (whole != null) {
            return whole;
        }
        Integer first = zoneOffset(z.split("\\s+")[0]);
        return first != null ? first : 0;
    }

    private static Integer zoneOffset(String z) {
        Matcher m = OFFSET.matcher(z);
        if (m.matches()) {
            if (m.group(3) == null && m.group(2).length() > 2) {
                return null;
            }
            int total = Integer.parseInt(m.group(2)) * 60 + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            return total > 18 * 60 ? null : m.group(1).equals("-") ? -total : total;
        }
        if (z.length() == 4 && z.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(z.substring(0, 2)) * 60 + Integer.parseInt(z.substring(2));
        }
        return ZONES.get(z.toUpperCase(Locale.ROOT));
    }

    private static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(n);
        if (m == null && n.length() > 4) {
            m = MONTHS.get(n.substring(0, 4));
        }
        if (m == null && n.length() >= 3) {
            m = MONTHS.get(n.substring(0, 3));
        }
        return m;
    }

    private static int year(String y) {
        int year = Integer.parseInt(y);
        if (y.length() <= 2) {
            return year < 50 ? 2000 + year : 1900 + year;
        }
        if (y.length() == 3) {
            return 1900 + year;
        }
        return year;
    }
}
