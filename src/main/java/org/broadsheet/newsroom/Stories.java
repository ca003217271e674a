package org.broadsheet.newsroom;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Capability;
import org.broadsheet.content.StoryActor;
import org.broadsheet.content.StoryInvalid;

/** Small helpers the story screens share: who is acting, and datetime-local in the site's time zone. */
final class Stories {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Stories() {
    }

    /** The signed-in account as the content rules see it (capabilities of its role). */
    static StoryActor actor(Account account) {
        return new StoryActor(account.id(), account.displayName(), account.can(Capability.EDIT_OWN_STORIES),
                account.can(Capability.PUBLISH_OWN_STORIES), account.can(Capability.EDIT_OTHERS_STORIES));
    }

    /** A datetime-local value ("2026-11-24T21:30") read in the site's zone; null when blank. */
    static Instant parseLocal(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new StoryInvalid("scheduledAt", "Give the date and time as on a calendar, such as 2026-11-24 21:30.");
        }
    }

    static String formatLocal(Instant time, ZoneId zone) {
        return time == null ? "" : LOCAL.format(time.atZone(zone));
    }
}
