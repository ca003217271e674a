package org.broadsheet.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How numbers and times read on the site. */
public final class Format {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private Format() {
    }

    /** 248100 reads "248.1k", 165000 "165k", 1250000 "1.3M". */
    public static String compact(long count) {
        if (count < 1000) {
            return Long.toString(count);
        }
        String[] units = {"k", "M", "B"};
        double value = count;
        int unit = -1;
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.toPlainString() + units[unit];
    }

    /** "November 24, 2026 4:05 pm" in the site's time zone. */
    public static String dateTime(Instant time, ZoneId zone) {
        return DATE_TIME.format(time.atZone(zone)).replace("AM", "am").replace("PM", "pm");
    }

    public static String date(Instant time, ZoneId zone) {
        return DATE.format(time.atZone(zone));
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public static String iso(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
